package io.estante.upgrades;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.MutableClock;

/**
 * An upgrade left unpaid past its due date expires in the daily run (its invoice is
 * cancelled, the upgrade void) before the suspensions step, so the service it was for is
 * never suspended over a change the client did not pay for.
 */
@EstanteIntegrationTest
class UpgradeExpiryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anUnpaidUpgradeExpiresAndNeverSuspendsTheService() {
		LocalDate today = LocalDate.now(clock);
		clock.set(today);
		UpgradeFixtures fixtures = new UpgradeFixtures(port);
		ApiClient.SignedUp client = new ApiClient(port).signUpClient("Olvido");
		long hosting = fixtures.category("Hosting");
		long basic = fixtures.product(hosting, "Básico", Map.of("ANNUALLY", "100.00"));
		long pro = fixtures.product(hosting, "Pro", Map.of("ANNUALLY", "150.00"));
		fixtures.path(basic, pro);
		long service = fixtures.service(client.id(), basic, "ANNUALLY", "ACTIVE", today.minusMonths(1),
				today.plusMonths(11), "100.00");
		var requested = client.api()
			.post("/api/v1/services/" + service + "/upgrades", Map.of("productId", pro, "billingCycle", "ANNUALLY"));
		assertThat(requested.status()).as(requested.raw().body()).isEqualTo(201);

		// Still within the days to pay: the run leaves it alone.
		run(today.plusDays(7));
		assertThat(status(client, service, requested.id("upgradeId"))).isEqualTo("AWAITING_PAYMENT");

		run(today.plusDays(8));
		assertThat(status(client, service, requested.id("upgradeId"))).isEqualTo("VOID");
		ApiClient staff = new UpgradeFixtures(port).staff();
		assertThat(staff.get("/api/v1/invoices/" + requested.id("invoiceId")).text("status")).isEqualTo("CANCELLED");

		// Well past the days of grace for suspensions: the service is still Active.
		run(today.plusDays(20));
		staff = new UpgradeFixtures(port).staff();
		assertThat(staff.get("/api/v1/services/" + service).text("status")).isEqualTo("ACTIVE");
	}

	private void run(LocalDate day) {
		clock.set(day);
		// Tokens expire as the clock moves: sign in on the day.
		var run = new UpgradeFixtures(port).staff()
			.post("/api/v1/admin/automation/runs", Map.of("date", day.toString()));
		assertThat(run.status()).as(run.raw().body()).isIn(200, 201);
	}

	private String status(ApiClient.SignedUp client, long service, long upgradeId) {
		ApiClient api = new ApiClient(port).signIn(client.email(), client.password());
		for (var item : api.get("/api/v1/services/" + service + "/upgrades").body().path("items")) {
			if (item.path("id").asLong() == upgradeId) {
				return item.path("status").asString();
			}
		}
		throw new AssertionError("No upgrade " + upgradeId);
	}

}
