package io.estante.clients;

import java.time.Instant;
import java.util.Map;

import io.estante.shared.notices.ClientNotice;

/**
 * A client asked to reset its password. Carries the single-use token for the e-mail the
 * notifications module sends (only its hash is stored by clients).
 */
public record PasswordResetRequested(long clientId, String email, String language, String token,
		Instant expiresAt) implements ClientNotice {

	@Override
	public String moment() {
		return "password-reset-requested";
	}

	/** {@code link}: the reset page with the token (made absolute by notifications). */
	@Override
	public Map<String, Object> values() {
		return Map.of("link", "/password-reset/" + token, "expiresAt", expiresAt);
	}

	@Override
	public boolean essential() {
		return true;
	}

}
