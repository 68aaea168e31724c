package io.estante.automation;

import java.util.List;

/**
 * What one batch of a step did: {@code done} actions, {@code skipped} candidates it could
 * not act on (each with a line in {@code problems} for staff), and where the next batch
 * starts ({@code nextCursor}; null when this was the last batch).
 */
public record StepBatch(int done, int skipped, String nextCursor, List<String> problems) {

	public StepBatch {
		problems = problems == null ? List.of() : List.copyOf(problems);
	}

	public static StepBatch last(int done) {
		return new StepBatch(done, 0, null, List.of());
	}

	public static StepBatch last(int done, List<String> problems) {
		return new StepBatch(done, problems.size(), null, problems);
	}

	public static StepBatch more(int done, String nextCursor) {
		return new StepBatch(done, 0, nextCursor, List.of());
	}

	public static StepBatch more(int done, String nextCursor, List<String> problems) {
		return new StepBatch(done, problems.size(), nextCursor, problems);
	}

	public boolean isLast() {
		return nextCursor == null;
	}

}
