package io.estante.domains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.services.Fixtures;
import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * Domains over HTTP and on both areas' pages: expiry date, registrar and renewal state;
 * staff delete a domain record (never another kind of service) and the client is alerted.
 */
@EstanteIntegrationTest
class DomainTests {

	@LocalServerPort
	int port;

	Fixtures fixtures;

	ApiClient staff;

	ApiClient.SignedUp client;

	long domain;

	String name;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(port);
		staff = fixtures.staff();
		client = new ApiClient(port).signUpClient("Dominga");
		long product = fixtures.product("DOMAIN", Map.of("ANNUALLY", "9000.00"));
		name = "dominga-" + client.id() + ".com.ar";
		var recorded = staff.post("/api/v1/admin/services",
				Map.of("clientId", client.id(), "productId", product, "billingCycle", "ANNUALLY", "status", "ACTIVE",
						"periodStart", "2027-01-10", "nextDueDate", "2028-01-10", "domain", name));
		assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(201);
		domain = recorded.id("id");
	}

	@Test
	void expiryRegistrarAndRenewalStateInTheApiAndBothAreas() {
		var set = staff.put("/api/v1/admin/domains/" + domain, Map.of("registrar", "NIC Argentina"));
		assertThat(set.status()).as(set.raw().body()).isEqualTo(200);

		JsonNode item = client.api().get("/api/v1/domains").body().path("items").get(0);
		assertThat(item.path("name").asString()).isEqualTo(name);
		assertThat(item.path("expiresOn").asString()).isEqualTo("2028-01-10");
		assertThat(item.path("registrar").asString()).isEqualTo("NIC Argentina");
		assertThat(item.path("renewal").asString()).isEqualTo("RENEWS");
		client.api().put("/api/v1/services/" + domain + "/auto-renew", Map.of("enabled", false));
		assertThat(client.api().get("/api/v1/domains/" + domain).text("renewal")).isEqualTo("EXPIRES");
		assertThat(staff.get("/api/v1/domains?clientId=" + client.id()).body().path("items").size()).isEqualTo(1);
		assertThat(staff.get("/api/v1/domains").status()).isEqualTo(400);

		long hosting = fixtures.recordService(client.id(), fixtures.hostingProduct("10.00", "100.00"), "MONTHLY",
				"ACTIVE", java.time.LocalDate.of(2027, 3, 1), java.time.LocalDate.of(2027, 4, 1));
		assertThat(client.api().get("/api/v1/domains/" + hosting).status()).isEqualTo(404);
		assertThat(client.api().get("/api/v1/domains").body().path("items").size()).isEqualTo(1);
		var other = new ApiClient(port).signUpClient("Fisgona");
		assertThat(other.api().get("/api/v1/domains/" + domain).status()).isEqualTo(404);
		assertThat(client.api().put("/api/v1/admin/domains/" + domain, Map.of("registrar", "x")).status())
			.isEqualTo(403);

		String mine = WebSession.client(port, client.email(), client.password()).get("/client/domains").html();
		assertThat(mine).contains(name).contains("NIC Argentina").contains("Vence el 10/01/2028 sin renovarse");
		WebSession admin = WebSession.staff(port, EstanteIntegrationTest.OWNER_EMAIL,
				EstanteIntegrationTest.OWNER_PASSWORD);
		assertThat(admin.get("/admin/domains?clientId=" + client.id()).html()).contains(name);
		assertThat(admin.get("/admin/domains/" + domain).html()).contains("NIC Argentina")
			.contains("10/01/2028")
			.contains("id=\"delete-domain\"");
	}

	@Test
	void staffDeleteADomainRecordAndTheClientIsAlerted() {
		long hosting = fixtures.recordService(client.id(), fixtures.hostingProduct("10.00", "100.00"), "MONTHLY",
				"ACTIVE", java.time.LocalDate.of(2027, 3, 1), java.time.LocalDate.of(2027, 4, 1));
		var notDomain = staff.inLanguage("en").delete("/api/v1/admin/services/" + hosting);
		assertThat(notDomain.status()).isEqualTo(422);
		assertThat(notDomain.text("detail")).contains("is not a domain");
		assertThat(client.api().delete("/api/v1/admin/services/" + domain).status()).isEqualTo(403);
		assertThat(staff.delete("/api/v1/admin/services/999999999").status()).isEqualTo(404);

		assertThat(staff.delete("/api/v1/admin/services/" + domain + "?reason=transferido").status()).isEqualTo(204);
		assertThat(staff.get("/api/v1/services/" + domain).status()).isEqualTo(404);
		assertThat(client.api().get("/api/v1/domains").body().path("items").size()).isZero();
		await().until(() -> {
			JsonNode list = staff.get("/api/v1/admin/notifications?clientId=" + client.id() + "&event=domain-deleted")
				.body();
			return list.isArray() && !list.isEmpty()
					&& list.get(0).path("values").path("domain").asString().equals(name);
		});
		assertThat(staff.get("/api/v1/services/" + hosting).status()).isEqualTo(200);
	}

	@Test
	void theAdminButtonDeletesTheRecord() {
		WebSession admin = WebSession.staff(port, EstanteIntegrationTest.OWNER_EMAIL,
				EstanteIntegrationTest.OWNER_PASSWORD);
		admin.get("/admin/domains/" + domain);
		var after = admin.post("/admin/domains/" + domain + "/deletion", Map.of("reason", "registrado en otro lado"));
		assertThat(after.uri()).contains("/admin/domains?clientId=" + client.id());
		assertThat(after.html()).contains("Eliminamos el registro del dominio " + name);
		assertThat(staff.get("/api/v1/services/" + domain).status()).isEqualTo(404);
	}

}
