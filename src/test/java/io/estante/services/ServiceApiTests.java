package io.estante.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Services over HTTP: staff record existing services, suspend (fraud risk), reactivate,
 * terminate; clients see only their own; illegal moves are refused with 422; each change
 * is in the history and reaches the manual provisioning module as a to-do.
 */
@EstanteIntegrationTest
class ServiceApiTests {

	@LocalServerPort
	int port;

	Fixtures fixtures;

	ApiClient staff;

	ApiClient.SignedUp client;

	long product;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(port);
		staff = fixtures.staff();
		client = new ApiClient(port).signUpClient("Sofia");
		product = fixtures.hostingProduct("1500.00", "15000.00");
	}

	@Test
	void staffRecordAnExistingServiceThatItsOwnerSeesAndNobodyElse() {
		long id = fixtures.recordService(client.id(), product, "MONTHLY", "ACTIVE", LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 4, 1));

		var mine = client.api().get("/api/v1/services");
		assertThat(mine.status()).isEqualTo(200);
		JsonNode item = mine.body().path("items").get(0);
		assertThat(item.path("id").asLong()).isEqualTo(id);
		assertThat(item.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(item.path("billingCycle").asString()).isEqualTo("MONTHLY");
		assertThat(item.path("nextDueDate").asString()).isEqualTo("2027-04-01");
		assertThat(item.path("amountPaid").asString()).isEqualTo("100.00");
		assertThat(item.path("currency").asString()).isEqualTo("ARS");
		assertThat(item.path("autoRenew").asBoolean()).isTrue();
		assertThat(client.api().get("/api/v1/services/" + id).status()).isEqualTo(200);

		ApiClient other = new ApiClient(port).signUpClient("Tomas").api();
		assertThat(other.get("/api/v1/services/" + id).status()).isEqualTo(404);
		assertThat(other.get("/api/v1/services").body().path("items").size()).isZero();
		assertThat(other.put("/api/v1/services/" + id + "/auto-renew", Map.of("enabled", false)).status())
			.isEqualTo(404);

		var byStaff = staff.get("/api/v1/services?clientId=" + client.id());
		assertThat(byStaff.body().path("items").size()).isEqualTo(1);
		assertThat(staff.get("/api/v1/admin/services/" + id + "/history")
			.body()
			.path("items")
			.get(0)
			.path("action")
			.asString()).isEqualTo("RECORDED");
	}

	@Test
	void suspendForFraudRiskThenReactivateThenTerminateEachRecordedAndProvisioned() {
		long id = fixtures.recordService(client.id(), product, "MONTHLY", "ACTIVE", LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 4, 1));

		var suspended = staff.post("/api/v1/admin/services/" + id + "/suspension",
				Map.of("reason", "FRAUD_RISK", "note", "tarjeta rechazada por el banco"));
		assertThat(suspended.status()).as(suspended.raw().body()).isEqualTo(200);
		assertThat(suspended.text("status")).isEqualTo("SUSPENDED");
		assertThat(suspended.text("suspensionReason")).isEqualTo("FRAUD_RISK");
		assertThat(client.api().get("/api/v1/services/" + id).text("status")).isEqualTo("SUSPENDED");

		JsonNode task = awaitTask(id, "SUSPEND");
		assertThat(task.path("module").asString()).isEqualTo("manual");
		var ticked = staff.post("/api/v1/admin/provisioning/tasks/" + task.path("id").asLong() + "/completion",
				Map.of());
		assertThat(ticked.status()).isEqualTo(200);
		assertThat(ticked.text("status")).isEqualTo("DONE");
		assertThat(ticked.text("completedBy")).isEqualTo(EstanteIntegrationTest.OWNER_EMAIL);

		assertThat(staff.post("/api/v1/admin/services/" + id + "/reactivation", Map.of("reason", "verificado"))
			.text("status")).isEqualTo("ACTIVE");
		awaitTask(id, "UNSUSPEND");
		var terminated = staff.post("/api/v1/admin/services/" + id + "/termination", Map.of("reason", "pedido"));
		assertThat(terminated.text("status")).isEqualTo("TERMINATED");
		assertThat(terminated.text("endedOn")).isNotBlank();
		awaitTask(id, "TERMINATE");

		List<String> actions = staff.get("/api/v1/admin/services/" + id + "/history")
			.body()
			.path("items")
			.valueStream()
			.map(e -> e.path("action").asString())
			.toList();
		assertThat(actions).containsExactly("TERMINATED", "REACTIVATED", "SUSPENDED", "RECORDED");
		JsonNode suspension = staff.get("/api/v1/admin/services/" + id + "/history").body().path("items").get(2);
		assertThat(suspension.path("actor").asString()).isEqualTo(EstanteIntegrationTest.OWNER_EMAIL);
		assertThat(suspension.path("from").asString()).isEqualTo("ACTIVE");
		assertThat(suspension.path("to").asString()).isEqualTo("SUSPENDED");
		assertThat(suspension.path("reason").asString()).isEqualTo("fraud-risk: tarjeta rechazada por el banco");
	}

	@Test
	void illegalMovesAreRefusedWith422NamingBothStates() {
		long id = fixtures.recordService(client.id(), product, "MONTHLY", "ACTIVE", LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 4, 1));
		var reactivate = staff.inLanguage("en").post("/api/v1/admin/services/" + id + "/reactivation", Map.of());
		assertThat(reactivate.status()).isEqualTo(422);
		assertThat(reactivate.contentType()).startsWith("application/problem+json");
		assertThat(reactivate.text("detail")).isEqualTo("Service " + id + " is ACTIVE: it cannot move to ACTIVE.");
		assertThat(staff.post("/api/v1/admin/services/" + id + "/activation", Map.of()).status()).isEqualTo(422);

		staff.post("/api/v1/admin/services/" + id + "/termination", Map.of("reason", "fin"));
		var suspend = staff.post("/api/v1/admin/services/" + id + "/suspension", Map.of("reason", "ABUSE"));
		assertThat(suspend.status()).isEqualTo(422);
		assertThat(suspend.text("detail")).contains("TERMINATED");
		assertThat(staff.post("/api/v1/admin/services/999999/suspension", Map.of("reason", "ABUSE")).status())
			.isEqualTo(404);
	}

	@Test
	void badRecordsAreRefusedWithTheFieldAtFault() {
		Map<String, Object> body = new HashMap<>(Map.of("clientId", client.id(), "productId", product, "billingCycle",
				"WEEKLY", "status", "ACTIVE", "periodStart", "2027-03-01", "nextDueDate", "2027-04-01"));
		var cycle = staff.post("/api/v1/admin/services", body);
		assertThat(cycle.status()).isEqualTo(400);
		assertThat(cycle.body().path("errors").get(0).path("field").asString()).isEqualTo("billingCycle");

		body.put("billingCycle", "QUARTERLY");
		assertThat(staff.post("/api/v1/admin/services", body).status()).isEqualTo(422);

		body.put("billingCycle", "MONTHLY");
		body.put("nextDueDate", "2027-02-01");
		var order = staff.post("/api/v1/admin/services", body);
		assertThat(order.status()).isEqualTo(400);
		assertThat(order.body().path("errors").get(0).path("field").asString()).isEqualTo("nextDueDate");

		body.put("nextDueDate", "2027-04-01");
		body.put("clientId", 987654321);
		assertThat(staff.post("/api/v1/admin/services", body).status()).isEqualTo(422);
		body.put("clientId", client.id());
		body.put("status", "SLEEPING");
		assertThat(staff.post("/api/v1/admin/services", body).status()).isEqualTo(400);
		body.put("status", "ACTIVE");
		body.put("amountPaid", "12.345");
		assertThat(staff.post("/api/v1/admin/services", body).status()).isEqualTo(400);

		var unknownReason = staff.post("/api/v1/admin/services/1/suspension", Map.of("reason", "vacaciones"));
		assertThat(unknownReason.status()).isEqualTo(400);
	}

	@Test
	void theOwnerTurnsAutoRenewOffAndOnAndClientsCannotUseStaffEndpoints() {
		long id = fixtures.recordService(client.id(), product, "ANNUALLY", "ACTIVE", LocalDate.of(2027, 1, 10),
				LocalDate.of(2028, 1, 10));
		var off = client.api().put("/api/v1/services/" + id + "/auto-renew", Map.of("enabled", false));
		assertThat(off.status()).isEqualTo(200);
		assertThat(off.body().path("autoRenew").asBoolean()).isFalse();
		assertThat(client.api().put("/api/v1/services/" + id + "/auto-renew", Map.of()).status()).isEqualTo(400);
		assertThat(client.api()
			.put("/api/v1/services/" + id + "/auto-renew", Map.of("enabled", true))
			.body()
			.path("autoRenew")
			.asBoolean()).isTrue();

		assertThat(
				client.api().post("/api/v1/admin/services/" + id + "/suspension", Map.of("reason", "ABUSE")).status())
			.isEqualTo(403);
		assertThat(new ApiClient(port).get("/api/v1/services").status()).isEqualTo(401);
	}

	private JsonNode awaitTask(long serviceId, String action) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> {
			for (JsonNode t : staff.get("/api/v1/admin/provisioning/tasks?serviceId=" + serviceId)
				.body()
				.path("items")) {
				if (t.path("action").asString().equals(action) && !t.path("status").asString().equals("REQUESTED")) {
					return t;
				}
			}
			return null;
		}, t -> t != null);
	}

}
