package io.estante.cancellations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.estante.billing.InvoiceDraft;
import io.estante.billing.InvoiceLine;
import io.estante.billing.Invoicing;
import io.estante.billing.LineKind;
import io.estante.services.Fixtures;
import io.estante.shared.Money;
import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * A client with a monthly hosting service, its invoices, and the calls the tests repeat.
 */
final class CancellationSetup {

	final int port;

	final Fixtures fixtures;

	final ApiClient.SignedUp client;

	final long product;

	CancellationSetup(int port, String firstName) {
		this.port = port;
		this.fixtures = new Fixtures(port);
		this.client = new ApiClient(port).signUpClient(firstName);
		this.product = fixtures.hostingProduct("1500.00", "15000.00");
	}

	/** An Active monthly service paid from 2027-03-01 to 2027-04-01. */
	long activeService() {
		return fixtures.recordService(client.id(), product, "MONTHLY", "ACTIVE", LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 4, 1));
	}

	/** An unpaid renewal invoice of the service for the period starting on that day. */
	static long renewalInvoice(Invoicing invoicing, long clientId, long serviceId, LocalDate start) {
		return invoicing
			.issue(new InvoiceDraft(clientId, "ARS", start, List.of(new InvoiceLine(LineKind.RENEWAL,
					"Hosting " + start, Money.of("1500.00", "ARS"), serviceId, start, start.plusMonths(1), null))))
			.invoiceId();
	}

	ApiClient staff() {
		return new ApiClient(port).signIn(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD);
	}

	/** The client signed in now (tokens expire as the clock moves). */
	ApiClient owner() {
		return new ApiClient(port).signIn(client.email(), client.password());
	}

	ApiClient.Response cancel(ApiClient as, long serviceId, String type, String password) {
		return as.post("/api/v1/services/" + serviceId + "/cancellation",
				Map.of("type", type, "reason", "Ya no lo uso", "password", password));
	}

	String serviceStatus(long serviceId) {
		return staff().get("/api/v1/services/" + serviceId).text("status");
	}

	String invoiceStatus(long invoiceId) {
		return staff().get("/api/v1/invoices/" + invoiceId).text("status");
	}

	/** Ids of the unpaid invoices with a renewal line of this service. */
	java.util.List<Long> unpaidRenewals(long serviceId) {
		java.util.List<Long> ids = new java.util.ArrayList<>();
		for (JsonNode invoice : staff().get("/api/v1/invoices?clientId=" + client.id() + "&status=UNPAID")
			.body()
			.path("items")) {
			JsonNode full = staff().get("/api/v1/invoices/" + invoice.path("id").asLong()).body();
			for (JsonNode line : full.path("lines")) {
				if (line.path("kind").asString().equals("RENEWAL") && line.path("serviceId").asLong() == serviceId) {
					ids.add(full.path("id").asLong());
					break;
				}
			}
		}
		return ids;
	}

	ApiClient.Response runAutomation(LocalDate date) {
		var run = staff().post("/api/v1/admin/automation/runs", Map.of("date", date.toString()));
		assertThat(run.status()).as(run.raw().body()).isEqualTo(201);
		assertThat(run.text("status")).isEqualTo("COMPLETED");
		return run;
	}

	/** Waits for the alert of this moment to be stored for the client. */
	JsonNode awaitAlert(String moment) {
		ApiClient staff = staff();
		JsonNode[] found = new JsonNode[1];
		await().until(() -> {
			JsonNode list = staff.get("/api/v1/admin/notifications?clientId=" + client.id() + "&event=" + moment)
				.body();
			found[0] = list.isArray() && !list.isEmpty() ? list.get(0) : null;
			return found[0] != null;
		});
		return found[0];
	}

}
