package io.estante.notifications.internal;

import java.time.Instant;
import java.util.Map;

/** One alert as stored: a client notice on one channel, with its state and attempts. */
public record Alert(long id, String noticeKey, long clientId, String moment, Channel channel, boolean essential,
		String language, String recipient, String template, Map<String, String> values, AlertStatus status,
		AlertReason reason, int attempts, Instant nextAttemptAt, String claimToken, String providerMessageId,
		String errorCode, String errorMessage, Instant createdAt, Instant sentAt, Instant deliveredAt, Instant readAt,
		Instant failedAt) {

	public Alert {
		values = values == null ? Map.of() : Map.copyOf(values);
	}

	public String value(String name) {
		return values.get(name);
	}

}
