package io.estante.automation.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.estante.automation.internal.AutomationRuns.Trigger;

/**
 * Starts the daily run once a day ({@code estante.automation.cron}, in the company's
 * zone). Every node's scheduler fires; one takes the lock, the others see the lock held
 * or the day's run completed and do nothing.
 */
@Component
class DailySchedule {

	private static final Logger log = LoggerFactory.getLogger(DailySchedule.class);

	private final DailyRunner runner;

	private final Clock clock;

	DailySchedule(DailyRunner runner, Clock clock) {
		this.runner = runner;
		this.clock = clock;
	}

	@Scheduled(cron = "${estante.automation.cron:0 0 3 * * *}",
			zone = "${estante.time-zone:America/Argentina/Buenos_Aires}")
	void fire() {
		tick();
	}

	/**
	 * Runs today's scheduled run here unless it ran or runs elsewhere; true if it ran
	 * here.
	 */
	boolean tick() {
		LocalDate today = LocalDate.now(clock);
		if (runner.completedScheduledRun(today)) {
			log.info("Daily run as of {} already completed; nothing to do on this node", today);
			return false;
		}
		try {
			runner.run(today, Trigger.SCHEDULE, "schedule");
			return true;
		}
		catch (AutomationRefusal ex) {
			log.info("Daily run as of {} runs or ran on another node", today);
			return false;
		}
	}

}
