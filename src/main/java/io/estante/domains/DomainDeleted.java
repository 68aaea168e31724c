package io.estante.domains;

import java.util.Map;

import io.estante.shared.notices.ClientNotice;

/** Staff deleted a domain's record; the service id keeps each deletion its own notice. */
public record DomainDeleted(long serviceId, long clientId, String domain) implements ClientNotice {

	@Override
	public String moment() {
		return "domain-deleted";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("domain", domain, "serviceId", serviceId);
	}

}
