package io.estante.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.services.Fixtures;
import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.MutableClock;

/**
 * {@code POST /api/v1/admin/automation/runs}: runs as of today or a past day, refuses a
 * future day, answers the summary; a second run the same day does nothing.
 */
@EstanteIntegrationTest
class AutomationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void terminatesAServiceSuspendedForNonPaymentLongEnoughAndARerunDoesNothing() {
		Fixtures fixtures = new Fixtures(port);
		ApiClient staff = fixtures.staff();
		var client = new ApiClient(port).signUpClient("Ramiro");
		long product = fixtures.hostingProduct("900.00", "9000.00");
		clock.set(LocalDate.of(2027, 5, 10));
		staff = signIn();
		Map<String, Object> body = new HashMap<>(
				Map.of("clientId", client.id(), "productId", product, "billingCycle", "MONTHLY", "status", "SUSPENDED",
						"periodStart", "2027-04-01", "nextDueDate", "2027-05-01", "suspensionReason", "NON_PAYMENT"));
		var recorded = staff.post("/api/v1/admin/services", body);
		assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(201);
		long overdue = recorded.id("id");
		body.put("suspensionReason", "FRAUD_RISK");
		long fraud = staff.post("/api/v1/admin/services", body).id("id");

		clock.set(LocalDate.of(2027, 6, 8));
		staff = signIn(); // tokens expire as the clock moves: sign in on the day
		var early = staff.post("/api/v1/admin/automation/runs", Map.of());
		assertThat(early.status()).as(early.raw().body()).isEqualTo(201);
		assertThat(early.text("asOf")).isEqualTo("2027-06-08");
		assertThat(staff.get("/api/v1/services/" + overdue).text("status")).isEqualTo("SUSPENDED");

		clock.set(LocalDate.of(2027, 6, 9));
		staff = signIn();
		var run = staff.post("/api/v1/admin/automation/runs", Map.of());
		assertThat(run.status()).isEqualTo(201);
		assertThat(run.text("status")).isEqualTo("COMPLETED");
		assertThat(run.body().path("counts").path("service-terminations").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(run.body().path("durationMs").isNumber()).isTrue();
		assertThat(staff.get("/api/v1/services/" + overdue).text("status")).isEqualTo("TERMINATED");
		assertThat(staff.get("/api/v1/services/" + fraud).text("status")).isEqualTo("SUSPENDED");

		var again = staff.post("/api/v1/admin/automation/runs", Map.of("date", "2027-06-09"));
		assertThat(again.status()).isEqualTo(201);
		again.body()
			.path("counts")
			.properties()
			.forEach(e -> assertThat(e.getValue().asLong()).as(e.getKey()).isZero());

		var read = staff.get("/api/v1/admin/automation/runs/" + run.id("id"));
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.text("status")).isEqualTo("COMPLETED");
		assertThat(staff.get("/api/v1/admin/automation/runs").body().path("items").get(0).path("id").asLong())
			.isEqualTo(again.id("id"));
	}

	private ApiClient signIn() {
		return new ApiClient(port).signIn(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD);
	}

	@Test
	void refusesAFutureDateAndCallersWithoutThePermission() {
		ApiClient staff = new Fixtures(port).staff();
		var future = staff.inLanguage("en")
			.post("/api/v1/admin/automation/runs", Map.of("date", LocalDate.now(clock).plusDays(1).toString()));
		assertThat(future.status()).isEqualTo(422);
		assertThat(future.text("detail")).contains("future");
		assertThat(staff.post("/api/v1/admin/automation/runs", Map.of("date", "mañana")).status()).isEqualTo(400);

		ApiClient client = new ApiClient(port).signUpClient("Lucia").api();
		assertThat(client.post("/api/v1/admin/automation/runs", Map.of()).status()).isEqualTo(403);
	}

}
