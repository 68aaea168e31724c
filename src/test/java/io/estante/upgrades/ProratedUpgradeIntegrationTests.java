package io.estante.upgrades;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.MutableClock;
import tools.jackson.databind.JsonNode;

/**
 * {@code estante.upgrades.policy=prorated} end to end: the options and the request charge
 * for the days left of the period, and the paid upgrade keeps the period (same cycle) or
 * starts a new one on the day it applies (another cycle). The figures are worked out by
 * hand on fixed dates: a year of 365 days with 183 left, a month of 30 days with 20 left.
 */
@EstanteIntegrationTest
@TestPropertySource(properties = "estante.upgrades.policy=prorated")
class ProratedUpgradeIntegrationTests {

	private static final LocalDate TODAY = LocalDate.of(2027, 7, 2);

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	UpgradeFixtures fixtures;

	ApiClient.SignedUp client;

	long basic;

	long pro;

	@BeforeEach
	void setUp() {
		clock.set(TODAY);
		fixtures = new UpgradeFixtures(port);
		client = new ApiClient(port).signUpClient("Prorrateo");
		long hosting = fixtures.category("Hosting");
		basic = fixtures.product(hosting, "Básico", Map.of("MONTHLY", "10.00", "ANNUALLY", "100.00"));
		pro = fixtures.product(hosting, "Pro", Map.of("MONTHLY", "15.00", "ANNUALLY", "150.00"));
		fixtures.path(basic, pro);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void sameCycleChargesTheDaysLeftAndKeepsThePeriod() {
		LocalDate start = LocalDate.of(2027, 1, 1);
		long service = fixtures.service(client.id(), basic, "ANNUALLY", "ACTIVE", start, start.plusYears(1), "100.00");

		var options = client.api().get("/api/v1/services/" + service + "/upgrade-options");
		assertThat(options.text("policy")).isEqualTo("prorated");
		// (150.00 − 100.00) × 183 ÷ 365 = 25.068… → 25.07
		var requested = upgrade(service, "ANNUALLY");
		assertThat(requested.text("amountDue")).isEqualTo("25.07");

		fixtures.pay(requested.id("invoiceId"), "25.07", "pro-" + UpgradeFixtures.unique());
		fixtures.awaitUpgrade(client.api(), service, requested.id("upgradeId"), "APPLIED");
		JsonNode after = fixtures.service(service);
		assertThat(after.path("productId").asLong()).isEqualTo(pro);
		assertThat(after.path("billingCycle").asString()).isEqualTo("ANNUALLY");
		assertThat(after.path("nextDueDate").asString()).isEqualTo("2028-01-01");
	}

	@Test
	void anotherCycleCreditsTheDaysLeftAndStartsANewPeriodOnTheDayApplied() {
		LocalDate start = LocalDate.of(2027, 6, 22);
		long service = fixtures.service(client.id(), basic, "MONTHLY", "ACTIVE", start, start.plusMonths(1), "10.00");

		// 150.00 − 10.00 × 20 ÷ 30 = 143.333… → 143.33
		var requested = upgrade(service, "ANNUALLY");
		assertThat(requested.text("amountDue")).isEqualTo("143.33");

		fixtures.pay(requested.id("invoiceId"), "143.33", "pro-" + UpgradeFixtures.unique());
		fixtures.awaitUpgrade(client.api(), service, requested.id("upgradeId"), "APPLIED");
		JsonNode after = fixtures.service(service);
		assertThat(after.path("productId").asLong()).isEqualTo(pro);
		assertThat(after.path("billingCycle").asString()).isEqualTo("ANNUALLY");
		assertThat(after.path("periodStart").asString()).isEqualTo(TODAY.toString());
		assertThat(after.path("nextDueDate").asString()).isEqualTo("2028-07-02");
	}

	private ApiClient.Response upgrade(long service, String cycle) {
		var response = client.api()
			.post("/api/v1/services/" + service + "/upgrades", Map.of("productId", pro, "billingCycle", cycle));
		assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
		return response;
	}

}
