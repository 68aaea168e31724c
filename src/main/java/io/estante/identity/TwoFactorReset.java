package io.estante.identity;

import java.time.Instant;
import java.util.Map;

import io.estante.shared.notices.ClientNotice;

/**
 * Staff removed a client's second factor (the client lost its phone and recovery codes):
 * a security alert, so a client who did not ask for it knows at once.
 */
public record TwoFactorReset(long clientId, Instant at) implements ClientNotice {

	@Override
	public String moment() {
		return "two-factor-reset";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("resetAt", at);
	}

	@Override
	public boolean essential() {
		return true;
	}

}
