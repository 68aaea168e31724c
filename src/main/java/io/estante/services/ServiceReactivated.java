package io.estante.services;

import java.util.Map;
import java.util.UUID;

import io.estante.shared.notices.ClientNotice;

/**
 * A suspended service works again (e.g. its overdue invoice was paid). {@code eventId}
 * keeps a second reactivation a notice of its own (notifications tells a notice once per
 * content).
 */
public record ServiceReactivated(long serviceId, long clientId, String label, UUID eventId) implements ClientNotice {

	public ServiceReactivated(long serviceId, long clientId, String label) {
		this(serviceId, clientId, label, UUID.randomUUID());
	}

	@Override
	public String moment() {
		return "service-reactivated";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("service", label, "serviceId", serviceId);
	}

}
