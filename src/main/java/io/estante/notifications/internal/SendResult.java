package io.estante.notifications.internal;

import java.time.Duration;

/** What one attempt to send an alert came to. */
public sealed interface SendResult {

	/** Accepted by the provider; {@code providerMessageId} ties later statuses to it. */
	record Sent(String providerMessageId) implements SendResult {
	}

	/**
	 * Throttled, a server error or a timeout: try again later (not before retryAfter).
	 */
	record Retry(String code, String message, Duration retryAfter) implements SendResult {

		public Retry(String code, String message) {
			this(code, message, null);
		}

	}

	/** Will never succeed as it is (invalid number, template missing, token expired). */
	record Permanent(String code, String message) implements SendResult {
	}

}
