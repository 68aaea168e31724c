package io.estante.clients;

import java.util.Map;

import io.estante.shared.notices.ClientNotice;

/** A person signed up (the welcome alert). */
public record ClientRegistered(long clientId, String email, String firstName, String language) implements ClientNotice {

	@Override
	public String moment() {
		return "client-registered";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of();
	}

}
