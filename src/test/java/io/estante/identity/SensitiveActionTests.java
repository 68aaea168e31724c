package io.estante.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.clients.ClientManagement;
import io.estante.clients.WrongPassword;
import io.estante.identity.internal.Totp;
import io.estante.services.Fixtures;
import io.estante.shared.security.SecondFactorRequired;
import io.estante.shared.security.WrongSecondFactor;
import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.MutableClock;

/**
 * Sensitive changes ask for the password, and the code once enrolled, even inside a
 * signed-in session: the phone and the e-mail ({@code PATCH /api/v1/me}), turning
 * two-factor off (see {@link TwoFactorApiTests}), and
 * {@link ClientManagement#confirmIdentity} that cancellations and transfers call.
 */
@EstanteIntegrationTest
class SensitiveActionTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	ClientManagement clients;

	@BeforeEach
	void freezeTime() {
		clock.set(Instant.parse("2025-06-01T00:00:00Z")
			.plusSeconds(java.util.concurrent.ThreadLocalRandom.current().nextLong(0, 100 * 24 * 3600) / 30 * 30 + 5));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void changingThePhoneOrEmailAsksForThePassword() {
		var client = new ApiClient(port).signUpClient("Zoe");
		String phone = ApiClient.randomArgentineMobile();

		assertThat(patch(client.api(), Map.of("phone", phone))).isEqualTo(403);
		assertThat(patch(client.api(), Map.of("phone", phone, "password", "not-my-password"))).isEqualTo(403);
		assertThat(patch(client.api(), Map.of("firstName", "Zoé"))).as("the name needs no password").isEqualTo(200);
		assertThat(patch(client.api(), Map.of("phone", phone, "password", client.password()))).isEqualTo(200);

		String email = "new-" + client.email();
		assertThat(patch(client.api(), Map.of("email", email))).isEqualTo(403);
		assertThat(patch(client.api(), Map.of("email", email, "password", client.password()))).isEqualTo(200);
		assertThat(client.api().get("/api/v1/me").text("email")).isEqualTo(email);
		var other = new ApiClient(port).signUpClient("Other");
		assertThat(patch(client.api(), Map.of("email", other.email().toUpperCase(), "password", client.password())))
			.isEqualTo(409);
	}

	@Test
	void onceEnrolledTheyAskForTheCodeToo() {
		var client = new ApiClient(port).signUpClient("Abril");
		var enrolled = TwoFactorSupport.enrol(client.api(), clock.instant());
		clock.advance(Duration.ofSeconds(60));
		String phone = ApiClient.randomArgentineMobile();

		assertThat(patch(client.api(), Map.of("phone", phone, "password", client.password()))).isEqualTo(403);
		assertThat(patch(client.api(), Map.of("phone", phone, "password", client.password(), "totp", "111111")))
			.isEqualTo(403);
		String code = enrolled.codeAt(clock.instant());
		assertThat(patch(client.api(), Map.of("phone", phone, "password", client.password(), "totp", code)))
			.isEqualTo(200);
		assertThat(patch(client.api(),
				Map.of("email", "again-" + client.email(), "password", client.password(), "totp", code)))
			.as("the same code twice")
			.isEqualTo(403);
	}

	@Test
	void confirmIdentityChecksBothAndConfirmPasswordRefusesEnrolledClients() {
		var plain = new ApiClient(port).signUpClient("Bea");
		clients.confirmPassword(plain.id(), plain.password());
		clients.confirmIdentity(plain.id(), plain.password(), null);
		assertThatThrownBy(() -> clients.confirmIdentity(plain.id(), "wrong-password", null))
			.isInstanceOf(WrongPassword.class);

		var enrolledClient = new ApiClient(port).signUpClient("Ciro");
		var enrolled = TwoFactorSupport.enrol(enrolledClient.api(), clock.instant());
		clock.advance(Duration.ofSeconds(30));
		assertThatThrownBy(() -> clients.confirmPassword(enrolledClient.id(), enrolledClient.password()))
			.isInstanceOf(SecondFactorRequired.class);
		assertThatThrownBy(() -> clients.confirmIdentity(enrolledClient.id(), enrolledClient.password(), null))
			.isInstanceOf(WrongSecondFactor.class);
		assertThatThrownBy(
				() -> clients.confirmIdentity(enrolledClient.id(), "wrong-password", enrolled.codeAt(clock.instant())))
			.isInstanceOf(WrongPassword.class);
		clients.confirmIdentity(enrolledClient.id(), enrolledClient.password(), enrolled.codeAt(clock.instant()));
		clients.confirmIdentity(enrolledClient.id(), enrolledClient.password(), enrolled.recoveryCodes().getFirst());
	}

	@Test
	void cancellingAServiceAsksForTheCodeOnceEnrolled() {
		clock.reset();
		var client = new ApiClient(port).signUpClient("Dana");
		var fixtures = new Fixtures(port);
		long service = fixtures.recordService(client.id(), fixtures.hostingProduct("1500.00", "15000.00"), "MONTHLY",
				"ACTIVE", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 1));
		var enrolled = TwoFactorSupport.enrol(client.api(), Instant.now());
		String path = "/api/v1/services/" + service + "/cancellation";

		var passwordOnly = client.api().post(path, Map.of("type", "IMMEDIATE", "password", client.password()));
		assertThat(passwordOnly.status()).isEqualTo(403);
		var wrongCode = client.api()
			.post(path, Map.of("type", "IMMEDIATE", "password", client.password(), "totp", "000000"));
		assertThat(wrongCode.status()).isEqualTo(403);
		var done = client.api()
			.post(path, Map.of("type", "IMMEDIATE", "password", client.password(), "totp",
					enrolled.codeAtStep(Totp.step(Instant.now()) + 1)));
		assertThat(done.status()).isEqualTo(201);
	}

	private static int patch(ApiClient api, Map<String, String> body) {
		return api.patch("/api/v1/me", new HashMap<>(body)).status();
	}

}
