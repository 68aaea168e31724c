package io.estante.services;

import java.util.Map;
import java.util.UUID;

import io.estante.shared.notices.ClientNotice;

/**
 * A service was suspended (overdue invoice, fraud risk, staff decision); {@code reason}
 * says why: a code ({@code non-payment}, {@code fraud-risk}, {@code abuse},
 * {@code staff-decision}) optionally followed by ": " and staff's note. {@code eventId}
 * keeps a second suspension of the same service a notice of its own (notifications tells
 * a notice once per content).
 */
public record ServiceSuspended(long serviceId, long clientId, String label, String reason,
		UUID eventId) implements ClientNotice {

	public ServiceSuspended(long serviceId, long clientId, String label, String reason) {
		this(serviceId, clientId, label, reason, UUID.randomUUID());
	}

	@Override
	public String moment() {
		return "service-suspended";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("service", label, "serviceId", serviceId, "reason", reason == null ? "" : reason);
	}

}
