package io.estante.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Invoices issued by staff and read back, and the notification audit, over the API. */
final class PaymentTestSupport {

	final ApiClient staff;

	PaymentTestSupport(int port) {
		this.staff = new ApiClient(port).signIn(EstanteIntegrationTest.OWNER_EMAIL,
				EstanteIntegrationTest.OWNER_PASSWORD);
	}

	long invoice(long clientId, String currency, String amount) {
		var response = staff.post("/api/v1/admin/invoices",
				Map.of("clientId", clientId, "currency", currency, "dueDate", "2027-03-01", "lines",
						List.of(Map.of("kind", "OTHER", "description", "Hosting", "amount", amount))));
		assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
		return response.id("id");
	}

	JsonNode invoiceView(long invoiceId) {
		var response = staff.get("/api/v1/invoices/" + invoiceId);
		assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
		return response.body();
	}

	String status(long invoiceId) {
		return invoiceView(invoiceId).path("status").asString();
	}

	int payments(long invoiceId) {
		return invoiceView(invoiceId).path("payments").size();
	}

	/** The audit of this invoice's notifications, newest first. */
	JsonNode notifications(long invoiceId, boolean flaggedOnly) {
		var response = staff
			.get("/api/v1/admin/payments/notifications?invoiceId=" + invoiceId + "&flagged=" + flaggedOnly);
		assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
		return response.body();
	}

	/** Starts a checkout as the client; answers the API's body. */
	static JsonNode checkout(ApiClient client, long invoiceId, String gateway) {
		var response = client.post("/api/v1/invoices/" + invoiceId + "/checkouts", Map.of("gateway", gateway));
		assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
		return response.body();
	}

}
