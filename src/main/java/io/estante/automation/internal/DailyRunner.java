package io.estante.automation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.estante.automation.AutomationProperties;
import io.estante.automation.DailyRun;
import io.estante.automation.DailyStep;
import io.estante.automation.StepBatch;
import io.estante.automation.internal.AutomationRuns.Status;
import io.estante.automation.internal.AutomationRuns.Trigger;

/**
 * Runs the daily steps as of a day: takes the run lock (or refuses), records the run,
 * then runs each step batch by batch, each batch and its progress in one transaction. A
 * step that fails is recorded and the next steps still run; a stop request (or the batch
 * budget) ends the run between batches. Work already done is never redone: a rerun acts
 * only on what is left.
 */
@Component
public class DailyRunner {

	private static final Logger log = LoggerFactory.getLogger(DailyRunner.class);

	private final List<DailyStep> steps;

	private final AutomationRuns runs;

	private final RunLock lock;

	private final TransactionTemplate tx;

	private final AutomationProperties settings;

	private final Clock clock;

	DailyRunner(List<DailyStep> steps, AutomationRuns runs, RunLock lock, PlatformTransactionManager transactions,
			AutomationProperties settings, Clock clock) {
		this.steps = steps.stream().sorted(Comparator.comparingInt(DailyStep::order)).toList();
		this.runs = runs;
		this.lock = lock;
		this.tx = new TransactionTemplate(transactions);
		this.settings = settings;
		this.clock = clock;
	}

	public record Summary(AutomationRuns.Run run, List<AutomationRuns.Step> steps, List<String> problems) {

		/** Actions per step, in run order ("renewal-invoices" → 120). */
		public Map<String, Long> counts() {
			Map<String, Long> counts = new LinkedHashMap<>();
			steps.forEach(s -> counts.put(s.name(), s.done()));
			return counts;
		}

	}

	/** Runs now, in this thread, and answers what it did. */
	public Summary run(LocalDate asOf, Trigger trigger, String by) {
		return run(asOf, trigger, by, Integer.MAX_VALUE);
	}

	/**
	 * Like {@link #run(LocalDate, Trigger, String)}, stopping after {@code batchBudget}
	 * batches in all, as a stop request or a crash between batches would.
	 */
	public Summary run(LocalDate asOf, Trigger trigger, String by, int batchBudget) {
		Started started = begin(asOf, trigger, by);
		execute(started, batchBudget);
		return summary(started.runId());
	}

	/** Starts a run on a thread of its own and answers at once (the admin page polls). */
	public long start(LocalDate asOf, Trigger trigger, String by) {
		Started started = begin(asOf, trigger, by);
		Thread.ofPlatform()
			.name("estante-daily-run-" + started.runId())
			.daemon(true)
			.start(() -> execute(started, Integer.MAX_VALUE));
		return started.runId();
	}

	public Summary summary(long runId) {
		AutomationRuns.Run run = runs.find(runId).orElseThrow(() -> new io.estante.shared.NotFound("run", runId));
		return new Summary(run, runs.steps(runId), runs.problems(runId, 200));
	}

	/** The day a run would use: today unless given; never a future day. */
	public LocalDate day(LocalDate asOf) {
		LocalDate today = LocalDate.now(clock);
		if (asOf == null) {
			return today;
		}
		if (asOf.isAfter(today)) {
			throw AutomationRefusal.futureDate(asOf, today);
		}
		return asOf;
	}

	/** Whether a scheduled run as of that day already completed (on any node). */
	boolean completedScheduledRun(LocalDate asOf) {
		return runs.completedScheduledRun(asOf);
	}

	private record Started(long runId, LocalDate asOf, SimpleLock lock) {
	}

	private Started begin(LocalDate requested, Trigger trigger, String by) {
		LocalDate asOf = day(requested);
		SimpleLock held = lock.tryAcquire().orElseThrow(AutomationRefusal::inProgress);
		try {
			// Checked again under the lock: another node's scheduled run may have
			// finished
			// between this node's first look and taking the lock.
			if (trigger == Trigger.SCHEDULE && runs.completedScheduledRun(asOf)) {
				throw AutomationRefusal.alreadyCompleted(asOf);
			}
			Long runId = tx.execute(status -> {
				Instant now = Instant.now(clock);
				runs.abortRunning(now);
				return runs.start(asOf, trigger, by, lock.node(), steps.stream().map(DailyStep::name).toList(), now);
			});
			return new Started(runId, asOf, held);
		}
		catch (RuntimeException ex) {
			held.unlock();
			throw ex;
		}
	}

	private void execute(Started started, int batchBudget) {
		long t0 = System.nanoTime();
		long runId = started.runId();
		DailyRun run = new DailyRun(runId, started.asOf(), settings.batchSize());
		Status outcome = Status.COMPLETED;
		String failure = null;
		int budget = batchBudget;
		try {
			for (DailyStep step : steps) {
				StepResult result = runStep(step, run, budget);
				budget = result.budgetLeft();
				if (result.failure() != null) {
					outcome = Status.FAILED;
					failure = failure == null ? step.name() + ": " + result.failure() : failure;
				}
				if (result.stopped()) {
					outcome = outcome == Status.FAILED ? outcome : Status.STOPPED;
					break;
				}
			}
		}
		catch (RuntimeException ex) {
			log.error("Daily run {} failed", runId, ex);
			outcome = Status.FAILED;
			failure = ex.toString();
		}
		finally {
			long ms = (System.nanoTime() - t0) / 1_000_000;
			Status end = outcome;
			String why = failure;
			try {
				tx.executeWithoutResult(status -> runs.finish(runId, end, ms, why, Instant.now(clock)));
				log.info("Daily run {} as of {}: {} in {} ms {}", runId, started.asOf(), end, ms,
						summary(runId).counts());
			}
			finally {
				started.lock().unlock();
			}
		}
	}

	private record StepResult(int budgetLeft, boolean stopped, String failure) {
	}

	private StepResult runStep(DailyStep step, DailyRun run, int budget) {
		long runId = run.runId();
		tx.executeWithoutResult(
				status -> runs.stepStarted(runId, step.name(), step.remaining(run), Instant.now(clock)));
		String cursor = null;
		try {
			while (true) {
				if (budget <= 0 || runs.stopRequested(runId)) {
					tx.executeWithoutResult(s -> runs.stepFinished(runId, step.name(), "STOPPED", Instant.now(clock)));
					return new StepResult(0, true, null);
				}
				budget--;
				String from = cursor;
				StepBatch batch = tx.execute(status -> {
					StepBatch done = step.runBatch(run, from);
					runs.recordBatch(runId, step.name(), done, Instant.now(clock));
					return done;
				});
				if (batch.isLast()) {
					break;
				}
				cursor = batch.nextCursor();
			}
			tx.executeWithoutResult(s -> runs.stepFinished(runId, step.name(), "DONE", Instant.now(clock)));
			return new StepResult(budget, false, null);
		}
		catch (RuntimeException ex) {
			log.error("Daily run {}: step {} failed", runId, step.name(), ex);
			tx.executeWithoutResult(s -> {
				runs.stepFinished(runId, step.name(), "FAILED", Instant.now(clock));
				runs.problem(runId, step.name(), "failed: " + ex, Instant.now(clock));
			});
			return new StepResult(budget, false, ex.toString());
		}
	}

}
