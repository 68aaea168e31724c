package io.estante.notifications.internal;

/** What the alert log shows: every field null means everything. */
public record AlertFilter(Long clientId, String moment, Channel channel, AlertStatus status) {

	public static AlertFilter all() {
		return new AlertFilter(null, null, null, null);
	}

}
