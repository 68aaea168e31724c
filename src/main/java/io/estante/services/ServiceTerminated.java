package io.estante.services;

import java.util.Map;

import io.estante.shared.notices.ClientNotice;

/** A service was terminated: deleted from the systems that ran it. */
public record ServiceTerminated(long serviceId, long clientId, String label, String reason) implements ClientNotice {

	@Override
	public String moment() {
		return "service-terminated";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("service", label, "serviceId", serviceId, "reason", reason == null ? "" : reason);
	}

}
