package io.estante.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.WebSession;
import tools.jackson.databind.JsonNode;

/** Staff read the audit trail: who, when, from where; by client and by actor. */
@EstanteIntegrationTest
class AuditTrailApiTests {

	@LocalServerPort
	int port;

	@Test
	void staffSeeAClientsSecurityEventsWithTheAddressAndClientsCannot() {
		ApiClient anonymous = new ApiClient(port);
		ApiClient staff = anonymous.signIn(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD);
		var client = anonymous.signUpClient("Auditada");
		client.api()
			.post("/api/v1/me/password",
					Map.of("currentPassword", client.password(), "newPassword", "auditoria-completa-8"));
		staff.post("/api/v1/admin/clients/" + client.id() + "/verification",
				Map.of("documentId", "AUD" + client.id() + "X"));

		var page = staff.get("/api/v1/admin/audit?clientId=" + client.id());
		assertThat(page.status()).isEqualTo(200);
		List<String> actions = new ArrayList<>();
		for (JsonNode entry : page.body().path("items")) {
			actions.add(entry.path("action").asString());
			assertThat(entry.path("occurredAt").asString()).isNotBlank();
			assertThat(entry.path("address").asString()).isEqualTo("127.0.0.1");
		}
		assertThat(actions).containsExactly("CLIENT_VERIFIED", "PASSWORD_CHANGED", "SIGN_IN", "CLIENT_REGISTERED");

		var byActor = staff.get("/api/v1/admin/audit?limit=5&actor=" + client.email().toUpperCase());
		assertThat(byActor.body().path("items")).isNotEmpty()
			.allSatisfy(e -> assertThat(e.path("actorName").asString()).isEqualTo(client.email()));

		ApiClient again = anonymous.signIn(client.email(), "auditoria-completa-8");
		assertThat(again.get("/api/v1/admin/audit?clientId=" + client.id()).status()).isEqualTo(403);
	}

	@Test
	void theAuditPageFiltersByClientAndRecordsSignOut() {
		var client = new ApiClient(port).signUpClient("Salida");
		WebSession web = WebSession.client(port, client.email(), client.password());
		web.get("/client");
		web.post("/logout", Map.of());

		WebSession staff = WebSession.staff(port, EstanteIntegrationTest.OWNER_EMAIL,
				EstanteIntegrationTest.OWNER_PASSWORD);
		var page = staff.get("/admin/audit?clientId=" + client.id());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("data-action=\"SIGN_OUT\"")
			.contains("data-action=\"SIGN_IN\"")
			.contains("Cuenta creada")
			.contains(client.email());
	}

}
