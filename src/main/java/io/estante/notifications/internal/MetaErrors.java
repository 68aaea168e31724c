package io.estante.notifications.internal;

import java.util.Set;

/**
 * Which Cloud API errors are worth retrying. Throttling (HTTP 429; codes 4, 613, 80007,
 * 130429, 131048, 131056) and server trouble (HTTP 5xx; codes 1, 2, 131000, 131016,
 * 133004) are; anything else (invalid number 131026, template missing 132001, bad
 * parameters 100 and 132000, expired token 190, …) is permanent.
 */
final class MetaErrors {

	private static final Set<Integer> THROTTLING = Set.of(4, 613, 80007, 130429, 131048, 131056);

	private static final Set<Integer> TRANSIENT = Set.of(1, 2, 131000, 131016, 133004);

	private MetaErrors() {
	}

	static boolean retryable(int httpStatus, Integer code) {
		if (code != null && (THROTTLING.contains(code) || TRANSIENT.contains(code))) {
			return true;
		}
		return httpStatus == 429 || httpStatus >= 500 || httpStatus == 408;
	}

}
