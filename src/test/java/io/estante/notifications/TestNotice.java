package io.estante.notifications;

import java.util.Map;

import io.estante.shared.notices.ClientNotice;

/** A notice of any moment, for moments whose publishing module does not exist yet. */
public record TestNotice(long clientId, String moment, Map<String, Object> values, boolean essential,
		String id) implements ClientNotice {

	public static TestNotice of(long clientId, String moment, Map<String, Object> values) {
		return new TestNotice(clientId, moment, values, false, java.util.UUID.randomUUID().toString());
	}

}
