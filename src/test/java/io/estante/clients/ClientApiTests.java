package io.estante.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;

/** Sign-up, sign-in and the client's own account over HTTP. */
@EstanteIntegrationTest
class ClientApiTests {

	@LocalServerPort
	int port;

	@Test
	void signsUpSignsInAndReadsOwnDetailsWithThePhoneInE164() {
		ApiClient api = new ApiClient(port);
		var created = api.post("/api/v1/clients", Map.of("email", "Ana.Perez@Example.com", "password",
				"mate-con-facturas-9", "firstName", "Ana", "lastName", "Pérez", "phone", "011 15 5555-1234"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("phone")).isEqualTo("+5491155551234");

		var me = api.signIn("ana.perez@example.com", "mate-con-facturas-9").get("/api/v1/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.text("email")).isEqualTo("Ana.Perez@Example.com");
		assertThat(me.body().path("verified").asBoolean()).isFalse();
	}

	@Test
	void refusesTheSameEmailInAnotherLetterCaseWith409InTheCallersLanguage() {
		ApiClient api = new ApiClient(port);
		var first = api.signUpClient("Bruno");
		var again = api.inLanguage("en")
			.post("/api/v1/clients", Map.of("email", first.email().toUpperCase(), "password", "another-good-pass-1",
					"firstName", "Bruno", "lastName", "Dos"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.text("detail")).contains("already exists");
	}

	@Test
	void refusesWeakPasswordsAndBadPhonesWith400() {
		ApiClient api = new ApiClient(port);
		var weak = api.post("/api/v1/clients",
				Map.of("email", "weak@example.com", "password", "password123", "firstName", "W", "lastName", "K"));
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.text("detail")).contains("común");
		var phone = api.post("/api/v1/clients", Map.of("email", "phone@example.com", "password", "long-enough-secret-7",
				"firstName", "P", "lastName", "H", "phone", "12"));
		assertThat(phone.status()).isEqualTo(400);
	}

	@Test
	void withoutTokenTheApiAnswers401AndAClientCannotReachStaffEndpoints() {
		ApiClient api = new ApiClient(port);
		assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
		var client = api.signUpClient("Carla");
		assertThat(client.api().get("/api/v1/admin/clients/1").status()).isEqualTo(403);
	}

}
