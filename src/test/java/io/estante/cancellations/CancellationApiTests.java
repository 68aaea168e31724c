package io.estante.cancellations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import tools.jackson.databind.JsonNode;
import io.estante.test.EstanteIntegrationTest;

/**
 * The cancellation endpoints over HTTP: owner only (someone else's service is a 404),
 * domains refused with the reason, bad types, staff on the owner's behalf with a recorded
 * reason, the queue, and who may call what.
 */
@EstanteIntegrationTest
class CancellationApiTests {

	@LocalServerPort
	int port;

	CancellationSetup setup;

	@BeforeEach
	void setUp() {
		setup = new CancellationSetup(port, "Api");
	}

	@Test
	void aDomainIsRefusedWithTheReasonAndCanOnlyStopRenewing() {
		long domainProduct = setup.fixtures.product("DOMAIN", Map.of("ANNUALLY", "9000.00"));
		var recorded = setup.fixtures.staff()
			.post("/api/v1/admin/services",
					Map.of("clientId", setup.client.id(), "productId", domainProduct, "billingCycle", "ANNUALLY",
							"status", "ACTIVE", "periodStart", "2027-01-10", "nextDueDate", "2028-01-10", "domain",
							"mi-dominio-" + setup.client.id() + ".com.ar"));
		assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(201);
		long domain = recorded.id("id");

		var refused = setup.cancel(setup.client.api().inLanguage("en"), domain, "IMMEDIATE", setup.client.password());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("detail")).contains("paid in advance to the registry");
		assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("type");
		var inSpanish = setup.cancel(setup.client.api(), domain, "END_OF_PERIOD", setup.client.password());
		assertThat(inSpanish.status()).isEqualTo(422);
		assertThat(inSpanish.text("detail")).contains("se paga por adelantado al registro");
		assertThat(setup.fixtures.staff()
			.post("/api/v1/admin/services/" + domain + "/cancellation",
					Map.of("type", "IMMEDIATE", "reason", "pedido por teléfono"))
			.status()).isEqualTo(422);
		assertThat(setup.serviceStatus(domain)).isEqualTo("ACTIVE");

		var off = setup.client.api().put("/api/v1/services/" + domain + "/auto-renew", Map.of("enabled", false));
		assertThat(off.status()).isEqualTo(200);
		assertThat(off.body().path("autoRenew").asBoolean()).isFalse();
	}

	@Test
	void someoneElsesServiceIsNotFoundAndBadInputIsA400() {
		long service = setup.activeService();
		var other = new ApiClient(port).signUpClient("Ajena");
		assertThat(setup.cancel(other.api(), service, "IMMEDIATE", other.password()).status()).isEqualTo(404);
		assertThat(other.api().delete("/api/v1/services/" + service + "/cancellation").status()).isEqualTo(404);
		assertThat(other.api().get("/api/v1/services/" + service + "/cancellations").status()).isEqualTo(404);
		assertThat(setup.cancel(setup.client.api(), 999_999_999L, "IMMEDIATE", setup.client.password()).status())
			.isEqualTo(404);

		var badType = setup.cancel(setup.client.api(), service, "SOMEDAY", setup.client.password());
		assertThat(badType.status()).isEqualTo(400);
		assertThat(badType.body().path("errors").get(0).path("field").asString()).isEqualTo("type");
		var noType = setup.client.api()
			.post("/api/v1/services/" + service + "/cancellation", Map.of("password", setup.client.password()));
		assertThat(noType.status()).isEqualTo(400);
		assertThat(setup.client.api().delete("/api/v1/services/" + service + "/cancellation").status()).isEqualTo(422);
		assertThat(setup.serviceStatus(service)).isEqualTo("ACTIVE");
	}

	@Test
	void staffCancelOnTheOwnersBehalfWithARecordedReasonAndSeeTheQueue() {
		long service = setup.activeService();
		ApiClient staff = setup.staff();
		assertThat(staff
			.post("/api/v1/services/" + service + "/cancellation", Map.of("type", "IMMEDIATE", "password", "x"))
			.status()).isEqualTo(403);
		var noReason = staff.post("/api/v1/admin/services/" + service + "/cancellation", Map.of("type", "IMMEDIATE"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body().path("errors").get(0).path("field").asString()).isEqualTo("reason");

		var created = staff.post("/api/v1/admin/services/" + service + "/cancellation",
				Map.of("type", "END_OF_PERIOD", "reason", "El cliente llamó por teléfono"));
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		assertThat(created.body().path("byStaff").asBoolean()).isTrue();
		assertThat(created.text("requestedBy")).isEqualTo(EstanteIntegrationTest.OWNER_EMAIL);
		assertThat(created.text("effectiveOn")).isEqualTo("2027-04-01");

		JsonNode queue = staff.get("/api/v1/admin/cancellations?status=PENDING").body().path("items");
		JsonNode mine = null;
		for (JsonNode item : queue) {
			if (item.path("serviceId").asLong() == service) {
				mine = item;
			}
		}
		assertThat(mine).isNotNull();
		assertThat(mine.path("type").asString()).isEqualTo("END_OF_PERIOD");
		assertThat(mine.path("reason").asString()).isEqualTo("El cliente llamó por teléfono");
		assertThat(mine.path("effectiveOn").asString()).isEqualTo("2027-04-01");
		assertThat(staff.get("/api/v1/admin/cancellations?status=LATER").status()).isEqualTo(400);
		assertThat(setup.client.api().get("/api/v1/admin/cancellations").status()).isEqualTo(403);

		var withdrawn = staff.delete("/api/v1/services/" + service + "/cancellation");
		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(withdrawn.text("closedBy")).isEqualTo(EstanteIntegrationTest.OWNER_EMAIL);
	}

	@Test
	void aPendingOrderCanOnlyBeCancelledAtOnceAndItsOrderInvoiceGoesWithIt() {
		var order = setup.client.api()
			.post("/api/v1/orders", Map.of("productId", setup.product, "billingCycle", "MONTHLY"));
		assertThat(order.status()).as(order.raw().body()).isEqualTo(201);
		long service = order.id("serviceId");

		var endOfPeriod = setup.cancel(setup.client.api(), service, "END_OF_PERIOD", setup.client.password());
		assertThat(endOfPeriod.status()).isEqualTo(422);
		var now = setup.cancel(setup.client.api(), service, "IMMEDIATE", setup.client.password());
		assertThat(now.status()).as(now.raw().body()).isEqualTo(201);
		assertThat(setup.serviceStatus(service)).isEqualTo("CANCELLED");
		assertThat(setup.invoiceStatus(order.id("invoiceId"))).isEqualTo("CANCELLED");
	}

}
