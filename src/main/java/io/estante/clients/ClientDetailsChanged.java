package io.estante.clients;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.estante.shared.notices.ClientNotice;

/**
 * A client edited its own details; {@code fields} names what changed (never the values).
 * {@code eventId} keeps two identical edits two distinct notices.
 */
public record ClientDetailsChanged(long clientId, List<String> fields, UUID eventId) implements ClientNotice {

	public ClientDetailsChanged(long clientId, List<String> fields) {
		this(clientId, fields, UUID.randomUUID());
	}

	@Override
	public String moment() {
		return "client-details-changed";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("fields", fields);
	}

}
