package io.estante.automation;

/**
 * One kind of work of the daily run, declared by the module that owns it (a Spring bean).
 * The run calls {@link #runBatch} in order of {@link #order()}, first with a null cursor,
 * then with the cursor the previous batch returned, until a batch says it was the last.
 * Each call runs in its own transaction (with the run's progress), so a crash loses at
 * most one batch. A step must be idempotent: the rows it acted on no longer match its
 * query (a unique key or a state change says so), so running the day again, or resuming
 * after a crash, acts only on what is left.
 */
public interface DailyStep {

	/** Renewal invoices are issued first. */
	int RENEWALS = 100;

	/** End-of-period cancellations (the cancellations module). */
	int END_OF_PERIOD = 150;

	int SUSPENSIONS = 200;

	int INVOICE_CANCELLATIONS = 300;

	int TERMINATIONS = 400;

	/**
	 * Stable kebab-case name: the key of its count in the summary ("renewal-invoices").
	 */
	String name();

	/** Position in the run; lower runs first. */
	int order();

	/**
	 * How much work is left as of the run's day, for the progress bar; -1 when unknown.
	 * An index-backed count; it may be an estimate.
	 */
	default long remaining(DailyRun run) {
		return -1;
	}

	/** Does at most {@link DailyRun#batchSize()} actions after {@code cursor}. */
	StepBatch runBatch(DailyRun run, String cursor);

}
