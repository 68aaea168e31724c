package io.estante.notifications.internal;

import java.util.Map;

/** An alert about to be stored: queued, or skipped with its reason. */
record NewAlert(String noticeKey, long clientId, String moment, Channel channel, boolean essential, String language,
		String recipient, String template, Map<String, String> values, AlertStatus status, AlertReason reason) {
}
