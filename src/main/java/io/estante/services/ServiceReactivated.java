package io.estante.services;

import java.util.Map;

import io.estante.shared.notices.ClientNotice;

/** A suspended service works again (e.g. its overdue invoice was paid). */
public record ServiceReactivated(long serviceId, long clientId, String label) implements ClientNotice {

	@Override
	public String moment() {
		return "service-reactivated";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("service", label, "serviceId", serviceId);
	}

}
