package io.estante.notifications.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff: {@code initial × 2^(attempt-1)}, capped, with ±20 % jitter so that
 * alerts throttled together do not come back together.
 */
record Backoff(Duration initial, Duration max) {

	Duration after(int attempt, Duration atLeast) {
		long base = initial.toMillis();
		long capped = max.toMillis();
		long delay = attempt >= 31 ? capped : Math.min(capped, base * (1L << Math.max(0, attempt - 1)));
		double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
		long millis = Math.max(1, Math.round(delay * jitter));
		if (atLeast != null && atLeast.toMillis() > millis) {
			millis = Math.min(atLeast.toMillis(), capped);
		}
		return Duration.ofMillis(millis);
	}

}
