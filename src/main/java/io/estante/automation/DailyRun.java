package io.estante.automation;

import java.time.LocalDate;

/**
 * The run a step works for: its id, the day it runs as of (today, or a past day to catch
 * up) and the batch size.
 */
public record DailyRun(long runId, LocalDate asOf, int batchSize) {

	public DailyRun {
		if (batchSize < 1) {
			throw new IllegalArgumentException("batchSize must be positive");
		}
	}

}
