package io.estante.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.estante.identity.internal.Totp;
import io.estante.test.ApiClient;

/** Enrols an account through the API, as an authenticator app would. */
final class TwoFactorSupport {

	record Enrolled(String secret, List<String> recoveryCodes) {

		String codeAt(Instant at) {
			return Totp.code(secret, Totp.step(at));
		}

		String codeAtStep(long step) {
			return Totp.code(secret, step);
		}

	}

	private TwoFactorSupport() {
	}

	static Enrolled enrol(ApiClient api, Instant now) {
		var started = api.post("/api/v1/me/two-factor", Map.of());
		if (started.status() != 200) {
			throw new IllegalStateException("Enrolment failed: " + started.raw().body());
		}
		String secret = started.text("secret");
		var confirmed = api.post("/api/v1/me/two-factor/confirmation",
				Map.of("code", Totp.code(secret, Totp.step(now))));
		if (confirmed.status() != 200) {
			throw new IllegalStateException("Confirmation failed: " + confirmed.raw().body());
		}
		List<String> codes = new ArrayList<>();
		confirmed.body().path("recoveryCodes").forEach(node -> codes.add(node.asString()));
		return new Enrolled(secret, codes);
	}

}
