package io.estante.services;

import java.util.Map;

import io.estante.shared.notices.ClientNotice;

/** A service was cancelled (on the client's request or by staff); it will be deleted. */
public record ServiceCancelled(long serviceId, long clientId, String label, String reason) implements ClientNotice {

	@Override
	public String moment() {
		return "service-cancelled";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("service", label, "serviceId", serviceId, "reason", reason == null ? "" : reason);
	}

}
