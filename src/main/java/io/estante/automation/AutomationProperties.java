package io.estante.automation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code estante.automation.*}: the days of the daily run's rules (CONTRACT.md), and how
 * it runs: {@code cron} (in {@code estante.time-zone}; "-" turns the schedule off),
 * {@code batch-size} (actions per transaction) and {@code lock-at-most-for} (how long a
 * node that died mid-run keeps others from starting; a live run keeps extending it).
 */
@ConfigurationProperties("estante.automation")
public record AutomationProperties(@DefaultValue("14") int invoiceDaysBeforeDue,
		@DefaultValue("5") int suspendDaysOverdue, @DefaultValue("30") int cancelInvoiceDaysOverdue,
		@DefaultValue("30") int terminateDaysSuspended, @DefaultValue("500") int batchSize,
		@DefaultValue("0 0 3 * * *") String cron, @DefaultValue("5m") Duration lockAtMostFor) {

	public AutomationProperties {
		if (invoiceDaysBeforeDue < 0 || suspendDaysOverdue < 0 || cancelInvoiceDaysOverdue < 0
				|| terminateDaysSuspended < 0) {
			throw new IllegalArgumentException("estante.automation days cannot be negative");
		}
		if (batchSize < 1 || batchSize > 10_000) {
			throw new IllegalArgumentException("estante.automation.batch-size must be 1..10000");
		}
		if (lockAtMostFor.compareTo(Duration.ofSeconds(30)) < 0) {
			throw new IllegalArgumentException("estante.automation.lock-at-most-for must be at least 30s");
		}
	}

	/** Defaults, for code that runs without Spring's binding (tests, tools). */
	public static AutomationProperties defaults() {
		return new AutomationProperties(14, 5, 30, 30, 500, "0 0 3 * * *", Duration.ofMinutes(5));
	}

}
