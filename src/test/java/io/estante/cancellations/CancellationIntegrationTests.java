package io.estante.cancellations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.billing.Invoicing;
import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.MutableClock;
import tools.jackson.databind.JsonNode;

/**
 * Cancellations as the manual states them, end to end: immediate (cancelled at once,
 * Terminated once the deletion is confirmed), end of period (through the daily run on the
 * due date), withdrawal before effect, and nothing restorable afterwards. Unpaid renewal
 * invoices are cancelled on the request, the current period's stay payable.
 */
@EstanteIntegrationTest
class CancellationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Invoicing invoicing;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void immediateCancellationEndsCancelledThenTerminatedWhenTheDeletionIsConfirmed() {
		clock.set(LocalDate.of(2027, 3, 10));
		var setup = new CancellationSetup(port, "Inmediata");
		long service = setup.activeService();
		long current = CancellationSetup.renewalInvoice(invoicing, setup.client.id(), service,
				LocalDate.of(2027, 3, 1));
		long next = CancellationSetup.renewalInvoice(invoicing, setup.client.id(), service, LocalDate.of(2027, 4, 1));

		var done = setup.cancel(setup.owner(), service, "IMMEDIATE", setup.client.password());
		assertThat(done.status()).as(done.raw().body()).isEqualTo(201);
		assertThat(done.text("status")).isEqualTo("EFFECTIVE");
		assertThat(done.text("type")).isEqualTo("IMMEDIATE");
		assertThat(done.text("effectiveOn")).isEqualTo("2027-03-10");
		assertThat(done.text("reason")).isEqualTo("Ya no lo uso");
		assertThat(setup.serviceStatus(service)).isEqualTo("CANCELLED");
		assertThat(setup.invoiceStatus(next)).isEqualTo("CANCELLED");
		assertThat(setup.invoiceStatus(current)).isEqualTo("UNPAID");
		JsonNode alert = setup.awaitAlert("cancellation-requested");
		assertThat(alert.path("values").path("service").asString()).isNotBlank();
		var credit = setup.owner().get("/api/v1/credit");
		assertThat(credit.status()).isEqualTo(200);
		assertThat(credit.body().path("entries").size()).as("no credit nor refund").isZero();

		ApiClient staff = setup.staff();
		long task = awaitOpenTermination(staff, service);
		assertThat(staff.post("/api/v1/admin/provisioning/tasks/" + task + "/completion", Map.of()).status())
			.isEqualTo(200);
		assertThat(setup.serviceStatus(service)).isEqualTo("TERMINATED");

		ApiClient owner = setup.owner();
		assertThat(setup.cancel(owner, service, "IMMEDIATE", setup.client.password()).status()).isEqualTo(422);
		assertThat(owner.delete("/api/v1/services/" + service + "/cancellation").status()).isEqualTo(422);
		assertThat(owner.put("/api/v1/services/" + service + "/auto-renew", Map.of("enabled", true)).status())
			.isEqualTo(422);
		assertThat(staff.post("/api/v1/admin/services/" + service + "/reactivation", Map.of()).status()).isEqualTo(422);
	}

	@Test
	void endOfPeriodKeepsTheServiceWorkingUntilTheDueDateThenTheDailyRunCancelsIt() {
		clock.set(LocalDate.of(2027, 3, 10));
		var setup = new CancellationSetup(port, "Fin");
		long service = setup.activeService();
		long renewal = CancellationSetup.renewalInvoice(invoicing, setup.client.id(), service,
				LocalDate.of(2027, 4, 1));

		var pending = setup.cancel(setup.owner(), service, "END_OF_PERIOD", setup.client.password());
		assertThat(pending.status()).as(pending.raw().body()).isEqualTo(201);
		assertThat(pending.text("status")).isEqualTo("PENDING");
		assertThat(pending.text("effectiveOn")).isEqualTo("2027-04-01");
		JsonNode now = setup.staff().get("/api/v1/services/" + service).body();
		assertThat(now.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(now.path("autoRenew").asBoolean()).isFalse();
		assertThat(setup.invoiceStatus(renewal)).isEqualTo("CANCELLED");
		setup.awaitAlert("cancellation-requested");
		assertThat(setup.cancel(setup.owner(), service, "IMMEDIATE", setup.client.password()).status()).isEqualTo(409);

		clock.set(LocalDate.of(2027, 3, 31));
		setup.runAutomation(LocalDate.of(2027, 3, 31));
		assertThat(setup.serviceStatus(service)).isEqualTo("ACTIVE");

		clock.set(LocalDate.of(2027, 4, 1));
		var run = setup.runAutomation(LocalDate.of(2027, 4, 1));
		assertThat(run.body().path("counts").path("end-of-period-cancellations").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(setup.serviceStatus(service)).isEqualTo("CANCELLED");
		var requests = setup.owner().get("/api/v1/services/" + service + "/cancellations");
		assertThat(requests.body().path("items").get(0).path("status").asString()).isEqualTo("EFFECTIVE");
		assertThat(setup.owner().delete("/api/v1/services/" + service + "/cancellation").status()).isEqualTo(422);

		var again = setup.runAutomation(LocalDate.of(2027, 4, 1));
		assertThat(again.body().path("counts").path("end-of-period-cancellations").asLong()).isZero();
		long task = awaitOpenTermination(setup.staff(), service);
		assertThat(task).isPositive();
	}

	@Test
	void aPendingEndOfPeriodRequestCanBeWithdrawnAndTheServiceRenewsAsBefore() {
		clock.set(LocalDate.of(2027, 3, 12));
		var setup = new CancellationSetup(port, "Arrepentida");
		long service = setup.activeService();
		assertThat(setup.cancel(setup.owner(), service, "END_OF_PERIOD", setup.client.password()).status())
			.isEqualTo(201);

		var withdrawn = setup.owner().delete("/api/v1/services/" + service + "/cancellation");
		assertThat(withdrawn.status()).as(withdrawn.raw().body()).isEqualTo(200);
		assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
		assertThat(setup.staff().get("/api/v1/services/" + service).body().path("autoRenew").asBoolean()).isTrue();

		clock.set(LocalDate.of(2027, 4, 1));
		setup.runAutomation(LocalDate.of(2027, 4, 1));
		assertThat(setup.serviceStatus(service)).isEqualTo("ACTIVE");
		assertThat(setup.owner().delete("/api/v1/services/" + service + "/cancellation").status()).isEqualTo(422);
	}

	@Test
	void aWrongPasswordIsRefusedAndChangesNothing() {
		clock.set(LocalDate.of(2027, 3, 10));
		var setup = new CancellationSetup(port, "Olvidadiza");
		long service = setup.activeService();
		long renewal = CancellationSetup.renewalInvoice(invoicing, setup.client.id(), service,
				LocalDate.of(2027, 4, 1));

		var wrong = setup.cancel(setup.owner().inLanguage("en"), service, "IMMEDIATE", "not-my-password");
		assertThat(wrong.status()).isEqualTo(403);
		assertThat(wrong.contentType()).contains("application/problem+json");
		assertThat(wrong.text("detail")).containsIgnoringCase("password");
		var missing = setup.owner().post("/api/v1/services/" + service + "/cancellation", Map.of("type", "IMMEDIATE"));
		assertThat(missing.status()).isEqualTo(403);

		JsonNode now = setup.staff().get("/api/v1/services/" + service).body();
		assertThat(now.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(now.path("autoRenew").asBoolean()).isTrue();
		assertThat(setup.invoiceStatus(renewal)).isEqualTo("UNPAID");
		assertThat(setup.owner().get("/api/v1/services/" + service + "/cancellations").body().path("items").size())
			.isZero();
	}

	@Test
	void noRenewalInvoiceOnceCancellationIsRequestedAndAWithdrawalInvoicesThePeriodAgain() {
		clock.set(LocalDate.of(2027, 3, 20));
		var setup = new CancellationSetup(port, "Renovable");
		long service = setup.activeService();
		setup.runAutomation(LocalDate.of(2027, 3, 20));
		assertThat(setup.unpaidRenewals(service)).as("invoiced 14 days ahead").hasSize(1);
		long first = setup.unpaidRenewals(service).get(0);

		assertThat(setup.cancel(setup.owner(), service, "END_OF_PERIOD", setup.client.password()).status())
			.isEqualTo(201);
		assertThat(setup.invoiceStatus(first)).isEqualTo("CANCELLED");
		clock.set(LocalDate.of(2027, 3, 21));
		setup.runAutomation(LocalDate.of(2027, 3, 21));
		assertThat(setup.unpaidRenewals(service)).as("no renewal after the request").isEmpty();

		assertThat(setup.owner().delete("/api/v1/services/" + service + "/cancellation").status()).isEqualTo(200);
		clock.set(LocalDate.of(2027, 3, 22));
		setup.runAutomation(LocalDate.of(2027, 3, 22));
		assertThat(setup.unpaidRenewals(service)).as("withdrawn: the period is invoiced again").hasSize(1);
	}

	@Test
	void autoRenewOffMeansNoRenewalInvoiceAndBackOnResumesRenewals() {
		clock.set(LocalDate.of(2027, 3, 20));
		var setup = new CancellationSetup(port, "Pausada");
		long service = setup.activeService();
		assertThat(setup.owner().put("/api/v1/services/" + service + "/auto-renew", Map.of("enabled", false)).status())
			.isEqualTo(200);
		setup.runAutomation(LocalDate.of(2027, 3, 20));
		assertThat(setup.unpaidRenewals(service)).isEmpty();

		clock.set(LocalDate.of(2027, 3, 25));
		assertThat(setup.owner().put("/api/v1/services/" + service + "/auto-renew", Map.of("enabled", true)).status())
			.isEqualTo(200);
		setup.runAutomation(LocalDate.of(2027, 3, 25));
		assertThat(setup.unpaidRenewals(service)).hasSize(1);
	}

	static long awaitOpenTermination(ApiClient staff, long service) {
		long[] id = new long[1];
		await().until(() -> {
			for (JsonNode t : staff.get("/api/v1/admin/provisioning/tasks?serviceId=" + service).body().path("items")) {
				if (t.path("action").asString().equals("TERMINATE") && t.path("status").asString().equals("OPEN")) {
					id[0] = t.path("id").asLong();
					return true;
				}
			}
			return false;
		});
		return id[0];
	}

}
