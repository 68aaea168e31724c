package io.estante.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.estante.identity.internal.Totp;
import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.MutableClock;

/**
 * Two-factor sign-in over HTTP with a clock the test moves: enrolment, the 30-second
 * window, codes never accepted twice, recovery codes, turning it off and the staff reset.
 */
@EstanteIntegrationTest
class TwoFactorApiTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	Instant now;

	/** A past moment of its own: failures recorded then never throttle other tests. */
	@BeforeEach
	void freezeTime() {
		now = Instant.parse("2025-01-01T00:00:00Z")
			.plusSeconds(ThreadLocalRandom.current().nextLong(0, 300 * 24 * 3600) / 30 * 30 + 10);
		clock.set(now);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void enrolsWithTheFirstCodeAndAnswersTenRecoveryCodesOnce() {
		var client = new ApiClient(port).signUpClient("Tomas");
		var started = client.api().post("/api/v1/me/two-factor", Map.of());
		assertThat(started.status()).isEqualTo(200);
		assertThat(started.text("otpauthUri")).startsWith("otpauth://totp/").contains(started.text("secret"));

		var wrong = client.api().post("/api/v1/me/two-factor/confirmation", Map.of("code", "000000"));
		assertThat(wrong.status()).isEqualTo(403);
		assertThat(client.api().get("/api/v1/me/two-factor").body().path("enabled").asBoolean()).isFalse();

		String code = Totp.code(started.text("secret"), Totp.step(now));
		var confirmed = client.api().post("/api/v1/me/two-factor/confirmation", Map.of("code", code));
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.body().path("recoveryCodes").size()).isEqualTo(10);
		assertThat(client.api().post("/api/v1/me/two-factor", Map.of()).status()).isEqualTo(409);
		var status = client.api().get("/api/v1/me/two-factor");
		assertThat(status.body().path("enabled").asBoolean()).isTrue();
		assertThat(status.body().path("recoveryCodesLeft").asInt()).isEqualTo(10);
		String stored = jdbc
			.sql("select code_hash from recovery_code where account_id = :id and account_kind = 'CLIENT'")
			.param("id", client.id())
			.query(String.class)
			.list()
			.getFirst();
		assertThat(confirmed.body().path("recoveryCodes").toString()).doesNotContain(stored);
	}

	@Test
	void signInNeedsTheCodeAndAMissingOrWrongOneLooksLikeAWrongPassword() {
		var client = new ApiClient(port).signUpClient("Uma");
		var enrolled = TwoFactorSupport.enrol(client.api(), now);
		clock.advance(Duration.ofSeconds(60));
		ApiClient anonymous = new ApiClient(port);

		var noCode = anonymous.post("/api/v1/sessions", Map.of("email", client.email(), "password", client.password()));
		var wrongPassword = anonymous.post("/api/v1/sessions", Map.of("email", client.email(), "password",
				"not-the-password", "totp", enrolled.codeAt(clock.instant())));
		var wrongCode = anonymous.post("/api/v1/sessions",
				Map.of("email", client.email(), "password", client.password(), "totp", "123456"));
		for (var refused : new ApiClient.Response[] { noCode, wrongPassword, wrongCode }) {
			assertThat(refused.status()).isEqualTo(401);
			assertThat(refused.text("detail")).isEqualTo(noCode.text("detail"));
			assertThat(refused.text("type")).isEqualTo(noCode.text("type"));
		}
		assertThat(signIn(client.email(), client.password(), enrolled.codeAt(clock.instant()))).isEqualTo(201);
	}

	@Test
	void acceptsThePreviousAndNextStepRefusesOlderAndNeverTakesACodeTwice() {
		var client = new ApiClient(port).signUpClient("Vera");
		var enrolled = TwoFactorSupport.enrol(client.api(), now);
		clock.advance(Duration.ofMinutes(5));
		long step = Totp.step(clock.instant());

		assertThat(signIn(client.email(), client.password(), enrolled.codeAtStep(step - 2))).isEqualTo(401);
		assertThat(signIn(client.email(), client.password(), enrolled.codeAtStep(step - 1))).isEqualTo(201);
		assertThat(signIn(client.email(), client.password(), enrolled.codeAtStep(step - 1))).isEqualTo(401);
		assertThat(signIn(client.email(), client.password(), enrolled.codeAtStep(step + 1))).isEqualTo(201);
		assertThat(signIn(client.email(), client.password(), enrolled.codeAtStep(step))).as("older than the last used")
			.isEqualTo(401);

		clock.advance(Duration.ofSeconds(90));
		assertThat(signIn(client.email(), client.password(), enrolled.codeAt(clock.instant()))).isEqualTo(201);
	}

	@Test
	void eachRecoveryCodeSignsInOnce() {
		var client = new ApiClient(port).signUpClient("Walter");
		var enrolled = TwoFactorSupport.enrol(client.api(), now);
		String code = enrolled.recoveryCodes().get(3);

		assertThat(signIn(client.email(), client.password(), code.toUpperCase())).isEqualTo(201);
		assertThat(signIn(client.email(), client.password(), code)).isEqualTo(401);
		assertThat(signIn(client.email(), client.password(), enrolled.recoveryCodes().get(4))).isEqualTo(201);
		assertThat(client.api().get("/api/v1/me/two-factor").body().path("recoveryCodesLeft").asInt()).isEqualTo(8);
	}

	@Test
	void turningItOffAsksForThePasswordAndACurrentCode() {
		var client = new ApiClient(port).signUpClient("Xenia");
		var enrolled = TwoFactorSupport.enrol(client.api(), now);
		clock.advance(Duration.ofSeconds(30));
		String code = enrolled.codeAt(clock.instant());

		assertThat(disable(client.api(), "wrong-password-1", code)).isEqualTo(403);
		assertThat(disable(client.api(), client.password(), "999999")).isEqualTo(403);
		assertThat(disable(client.api(), client.password(), "")).isEqualTo(400);
		assertThat(disable(client.api(), client.password(), code)).isEqualTo(204);

		assertThat(signIn(client.email(), client.password(), null)).isEqualTo(201);
		assertThat(client.api().get("/api/v1/me/two-factor").body().path("enabled").asBoolean()).isFalse();
	}

	@Test
	void staffResetAClientsSecondFactorWithAnAuditRecordAndAnAlert() {
		var client = new ApiClient(port).signUpClient("Yago");
		TwoFactorSupport.enrol(client.api(), now);
		var readOnly = StaffSupport.add(port, StaffRole.READ_ONLY);
		var support = StaffSupport.add(port, StaffRole.SUPPORT);
		String path = "/api/v1/admin/clients/" + client.id() + "/two-factor/reset";

		assertThat(readOnly.api().post(path, Map.of("reason", "lost phone")).status()).isEqualTo(403);
		assertThat(support.api().post(path, Map.of()).status()).isEqualTo(400);
		assertThat(support.api().post(path, Map.of("reason", "lost phone, called from the number on file")).status())
			.isEqualTo(204);
		assertThat(support.api().post(path, Map.of("reason", "again")).status()).isEqualTo(409);

		assertThat(signIn(client.email(), client.password(), null)).isEqualTo(201);
		String detail = jdbc.sql(
				"select detail from audit_entry where action = 'TWO_FACTOR_RESET' and subject = :subject and actor_id = :staff")
			.param("subject", "client:" + client.id())
			.param("staff", support.id())
			.query(String.class)
			.single();
		assertThat(detail).contains("lost phone");
		clock.reset();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc
				.sql("select count(*) from notification_alert where client_id = :id and moment = 'two-factor-reset'")
				.param("id", client.id())
				.query(Long.class)
				.single() > 0);
	}

	private int signIn(String email, String password, String totp) {
		Map<String, String> body = new HashMap<>(Map.of("email", email, "password", password));
		if (totp != null) {
			body.put("totp", totp);
		}
		return new ApiClient(port).post("/api/v1/sessions", body).status();
	}

	private static int disable(ApiClient api, String password, String code) {
		return api.post("/api/v1/me/two-factor/deactivation", Map.of("password", password, "code", code)).status();
	}

}
