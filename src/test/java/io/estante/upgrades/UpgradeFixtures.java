package io.estante.upgrades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * A small catalog with upgrade paths and services recorded through the staff API (as a
 * migration from another system, so no order has to be paid first).
 */
final class UpgradeFixtures {

	private final ApiClient staff;

	UpgradeFixtures(int port) {
		this.staff = new ApiClient(port).signIn(EstanteIntegrationTest.OWNER_EMAIL,
				EstanteIntegrationTest.OWNER_PASSWORD);
	}

	ApiClient staff() {
		return staff;
	}

	long category(String name) {
		return categoryNamed(name + " " + unique());
	}

	/** A category with exactly this name (the caller makes it unique). */
	long categoryNamed(String name) {
		var created = staff.post("/api/v1/admin/categories", Map.of("name", name));
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		return created.id("id");
	}

	/** A hosting product in ARS, named with a unique suffix. */
	long product(long categoryId, String name, Map<String, String> prices) {
		var created = staff.post("/api/v1/admin/products", Map.of("categoryId", categoryId, "name",
				name + " " + unique(), "type", "HOSTING", "currency", "ARS", "prices", prices));
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		return created.id("id");
	}

	String productName(long productId) {
		return staff.get("/api/v1/products/" + productId).text("name");
	}

	void path(long from, long to) {
		var declared = staff.post("/api/v1/admin/products/" + from + "/upgrade-paths", Map.of("targetProductId", to));
		assertThat(declared.status()).as(declared.raw().body()).isIn(200, 201, 204);
	}

	long service(long clientId, long productId, String cycle, String status, LocalDate start, LocalDate due,
			String paid) {
		var created = staff.post("/api/v1/admin/services",
				Map.of("clientId", clientId, "productId", productId, "billingCycle", cycle, "status", status,
						"periodStart", start.toString(), "nextDueDate", due.toString(), "amountPaid", paid));
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		return created.id("id");
	}

	ApiClient.Response pay(long invoiceId, String amount, String transactionId) {
		return staff.post("/api/v1/admin/invoices/" + invoiceId + "/payments",
				Map.of("amount", amount, "method", "transfer", "transactionId", transactionId));
	}

	JsonNode invoice(long invoiceId) {
		return staff.get("/api/v1/invoices/" + invoiceId).body();
	}

	JsonNode service(long serviceId) {
		return staff.get("/api/v1/services/" + serviceId).body();
	}

	/** The client's upgrade of this id, once it reached the status. */
	JsonNode awaitUpgrade(ApiClient client, long serviceId, long upgradeId, String status) {
		JsonNode[] found = new JsonNode[1];
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode items = client.get("/api/v1/services/" + serviceId + "/upgrades").body().path("items");
			JsonNode upgrade = null;
			for (JsonNode item : items) {
				if (item.path("id").asLong() == upgradeId) {
					upgrade = item;
				}
			}
			assertThat(upgrade).as("upgrade %d of service %d", upgradeId, serviceId).isNotNull();
			assertThat(upgrade.path("status").asString()).isEqualTo(status);
			found[0] = upgrade;
		});
		return found[0];
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
