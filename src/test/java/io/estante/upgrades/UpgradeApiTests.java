package io.estante.upgrades;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.MutableClock;

/**
 * {@code GET /services/{id}/upgrade-options} and {@code POST /services/{id}/upgrades}
 * over HTTP: who may call them, the 201 answer, and every refusal as problem+json in the
 * caller's language (downgrades with the manual's explanation).
 */
@EstanteIntegrationTest
class UpgradeApiTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	UpgradeFixtures fixtures;

	ApiClient.SignedUp owner;

	long basic;

	long pro;

	long mini;

	long unrelated;

	long service;

	@BeforeEach
	void setUp() {
		fixtures = new UpgradeFixtures(port);
		owner = new ApiClient(port).signUpClient("Duena");
		long hosting = fixtures.category("Hosting");
		basic = fixtures.product(hosting, "Básico", Map.of("MONTHLY", "10.00", "ANNUALLY", "100.00"));
		pro = fixtures.product(hosting, "Pro", Map.of("ANNUALLY", "150.00"));
		mini = fixtures.product(hosting, "Mini", Map.of("ANNUALLY", "50.00"));
		unrelated = fixtures.product(hosting, "Grande", Map.of("ANNUALLY", "900.00"));
		fixtures.path(basic, pro);
		fixtures.path(basic, mini);
		LocalDate start = clock.today().minusMonths(6);
		service = fixtures.service(owner.id(), basic, "ANNUALLY", "ACTIVE", start, start.plusYears(1), "100.00");
	}

	@Test
	void theOwnerUpgradesAndGetsTheInvoiceToPay() {
		var options = owner.api().get(options());
		assertThat(options.status()).isEqualTo(200);
		assertThat(options.body().path("targets")).hasSize(1);
		assertThat(options.body().path("targets").get(0).path("productId").asLong()).isEqualTo(pro);
		assertThat(options.text("currency")).isEqualTo("ARS");

		var created = owner.api().post(upgrades(), Map.of("productId", pro, "billingCycle", "annually"));
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		assertThat(created.id("upgradeId")).isPositive();
		assertThat(created.text("amountDue")).isEqualTo("50.00");
		assertThat(created.text("currency")).isEqualTo("ARS");
		long invoiceId = created.id("invoiceId");
		assertThat(created.raw().headers().firstValue("Location")).hasValue("/api/v1/invoices/" + invoiceId);
		assertThat(owner.api().get("/api/v1/invoices/" + invoiceId).text("total")).isEqualTo("50.00");
	}

	@Test
	void aDowngradeIsRefusedWithTheManualsExplanationInTheCallersLanguage() {
		var spanish = owner.api().post(upgrades(), Map.of("productId", mini, "billingCycle", "ANNUALLY"));
		assertThat(spanish.status()).isEqualTo(422);
		assertThat(spanish.contentType()).startsWith("application/problem+json");
		assertThat(spanish.text("type")).endsWith("upgrades-downgrade");
		assertThat(spanish.text("detail")).contains("no hacemos bajas de plan")
			.contains("podrían no entrar")
			.contains("cancelá este servicio")
			.contains("se pierde todo");

		var english = owner.api()
			.inLanguage("en")
			.post(upgrades(), Map.of("productId", mini, "billingCycle", "ANNUALLY"));
		assertThat(english.status()).isEqualTo(422);
		assertThat(english.text("detail")).contains("we do not downgrade plans")
			.contains("cancelling loses everything");

		var noPath = owner.api().post(upgrades(), Map.of("productId", unrelated, "billingCycle", "ANNUALLY"));
		assertThat(noPath.status()).isEqualTo(422);
		assertThat(noPath.text("type")).endsWith("upgrades-no-path");
		assertThat(noPath.text("detail")).contains("no es una mejora técnicamente posible").contains("se pierde todo");
		assertThat(owner.api().get("/api/v1/invoices").body().path("items")).isEmpty();
	}

	@Test
	void badRequestsAreRefusedWithTheReason() {
		assertThat(owner.api().post(upgrades(), Map.of("billingCycle", "ANNUALLY")).status()).isEqualTo(400);
		var cycle = owner.api().post(upgrades(), Map.of("productId", pro, "billingCycle", "WEEKLY"));
		assertThat(cycle.status()).isEqualTo(400);
		assertThat(cycle.text("detail")).contains("WEEKLY");
		var notSold = owner.api().post(upgrades(), Map.of("productId", pro, "billingCycle", "MONTHLY"));
		assertThat(notSold.status()).isEqualTo(422);
		assertThat(notSold.text("detail")).contains("no se vende con el ciclo");
		assertThat(owner.api().post(upgrades(), Map.of("productId", 99_999_999, "billingCycle", "ANNUALLY")).status())
			.isEqualTo(422);
	}

	@Test
	void onlyTheOwnerOfAnActiveServiceMayUpgrade() {
		ApiClient stranger = new ApiClient(port).signUpClient("Ajena").api();
		assertThat(stranger.get(options()).status()).isEqualTo(404);
		var foreign = stranger.post(upgrades(), Map.of("productId", pro, "billingCycle", "ANNUALLY"));
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.contentType()).startsWith("application/problem+json");
		assertThat(new ApiClient(port).get(options()).status()).isEqualTo(401);
		assertThat(fixtures.staff().get(options()).status()).isEqualTo(403);

		var suspended = fixtures.staff()
			.post("/api/v1/admin/services/" + service + "/suspension", Map.of("reason", "ABUSE"));
		assertThat(suspended.status()).isEqualTo(200);
		var options = owner.api().get(options());
		assertThat(options.status()).isEqualTo(422);
		assertThat(options.text("detail")).contains("solo se puede mejorar un servicio activo");
		assertThat(owner.api().post(upgrades(), Map.of("productId", pro, "billingCycle", "ANNUALLY")).status())
			.isEqualTo(422);
	}

	private String options() {
		return "/api/v1/services/" + service + "/upgrade-options";
	}

	private String upgrades() {
		return "/api/v1/services/" + service + "/upgrades";
	}

}
