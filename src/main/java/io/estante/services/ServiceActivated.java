package io.estante.services;

import java.util.Map;

import io.estante.shared.notices.ClientNotice;

/** A service started working (its first invoice was paid, or staff activated it). */
public record ServiceActivated(long serviceId, long clientId, long productId, String label) implements ClientNotice {

	@Override
	public String moment() {
		return "service-activated";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("service", label, "serviceId", serviceId);
	}

}
