package io.estante.clients;

import java.time.Instant;
import java.util.Map;

import io.estante.shared.notices.ClientNotice;

/** A client's password changed, by the client or through a reset (a security alert). */
public record PasswordChanged(long clientId, Instant at, boolean throughReset) implements ClientNotice {

	@Override
	public String moment() {
		return "password-changed";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("changedAt", at);
	}

	@Override
	public boolean essential() {
		return true;
	}

}
