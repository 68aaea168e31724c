package io.estante.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.MutableClock;

/**
 * Password reset by e-mail link: single-use, expiring, no hint of which e-mails have an
 * account. Requests are made in the test's thread so the event carrying the link (what
 * notifications e-mails) can be read.
 */
@EstanteIntegrationTest
@RecordApplicationEvents
class PasswordResetIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PasswordReset reset;

	@Autowired
	ApplicationEvents events;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aLinkWorksOnceAndPublishesPasswordChanged() {
		ApiClient api = new ApiClient(port);
		var client = api.signUpClient("Olvido");
		String token = requestLink(client.email().toUpperCase());
		assertThat(api.get("/password-reset/" + token).raw().body()).contains("newPassword");

		var weak = api.post("/api/v1/password-resets/confirmation", Map.of("token", token, "newPassword", "qwerty"));
		assertThat(weak.status()).as("a weak password uses nothing up").isEqualTo(400);
		var done = api.post("/api/v1/password-resets/confirmation",
				Map.of("token", token, "newPassword", "recuperada-con-exito-4"));
		assertThat(done.status()).as(done.raw().body()).isEqualTo(204);
		api.signIn(client.email(), "recuperada-con-exito-4");

		var again = api.post("/api/v1/password-resets/confirmation",
				Map.of("token", token, "newPassword", "otra-vez-la-misma-5"));
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.text("detail")).contains("ya se usó");
		assertThat(api.get("/password-reset/" + token).raw().body()).contains("id=\"invalid\"");

		reset.complete(requestLink(client.email()), "y-una-tercera-clave-6");
		assertThat(events.stream(PasswordChanged.class).filter(e -> e.clientId() == client.id())).singleElement()
			.satisfies(e -> assertThat(e.throughReset()).isTrue());
	}

	@Test
	void aResetEndsTheApiTokensOpenedBeforeIt() {
		ApiClient api = new ApiClient(port);
		var client = api.signUpClient("Robada");
		assertThat(client.api().get("/api/v1/me").status()).isEqualTo(200);
		var done = api.post("/api/v1/password-resets/confirmation",
				Map.of("token", requestLink(client.email()), "newPassword", "ahora-solo-mia-11"));
		assertThat(done.status()).isEqualTo(204);
		ApiClient fresh = api.signIn(client.email(), "ahora-solo-mia-11");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(client.api().get("/api/v1/me").status()).isEqualTo(401));
		assertThat(fresh.get("/api/v1/me").status()).isEqualTo(200);
	}

	@Test
	void aLinkExpiresAfterTheConfiguredLifetime() {
		ApiClient api = new ApiClient(port);
		var client = api.signUpClient("Tarde");
		String token = requestLink(client.email());
		clock.advance(Duration.ofMinutes(61));
		var late = api.post("/api/v1/password-resets/confirmation",
				Map.of("token", token, "newPassword", "demasiado-tarde-7"));
		assertThat(late.status()).isEqualTo(400);
		api.signIn(client.email(), client.password());
	}

	@Test
	void unknownAndKnownEmailsGetTheSameAnswer() {
		ApiClient api = new ApiClient(port).inLanguage("en");
		var client = api.signUpClient("Known");
		var known = api.post("/api/v1/password-resets", Map.of("email", client.email()));
		var unknown = api.post("/api/v1/password-resets", Map.of("email", "nobody-" + client.email()));
		assertThat(known.status()).isEqualTo(202);
		assertThat(unknown.status()).isEqualTo(202);
		assertThat(unknown.raw().body()).isEqualTo(known.raw().body()).contains("If an account uses that e-mail");
		var page = api.post("/api/v1/password-resets", Map.of("email", "nobody@example.com"));
		assertThat(page.status()).isEqualTo(202);
	}

	@Test
	void anAccountGetsAtMostThreeLinksAnHour() {
		var client = new ApiClient(port).signUpClient("Spam");
		for (int i = 0; i < 5; i++) {
			reset.request(client.email());
		}
		assertThat(events.stream(PasswordResetRequested.class).filter(e -> e.clientId() == client.id())).hasSize(3);
		clock.advance(Duration.ofMinutes(61));
		reset.request(client.email());
		assertThat(events.stream(PasswordResetRequested.class).filter(e -> e.clientId() == client.id())).hasSize(4);
	}

	private String requestLink(String email) {
		long before = events.stream(PasswordResetRequested.class).count();
		reset.request(email);
		var requested = events.stream(PasswordResetRequested.class).skip(before).toList();
		assertThat(requested).hasSize(1);
		assertThat(requested.get(0).values().get("link")).isEqualTo("/password-reset/" + requested.get(0).token());
		return requested.get(0).token();
	}

}
