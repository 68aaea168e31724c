package io.estante.services;

import java.util.Map;

import io.estante.shared.notices.ClientNotice;

/**
 * A service was suspended (overdue invoice, fraud risk, staff decision); {@code reason}
 * says why: a code ({@code non-payment}, {@code fraud-risk}, {@code abuse},
 * {@code staff-decision}) optionally followed by ": " and staff's note.
 */
public record ServiceSuspended(long serviceId, long clientId, String label, String reason) implements ClientNotice {

	@Override
	public String moment() {
		return "service-suspended";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("service", label, "serviceId", serviceId, "reason", reason == null ? "" : reason);
	}

}
