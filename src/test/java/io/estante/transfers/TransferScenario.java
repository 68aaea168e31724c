package io.estante.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.estante.notifications.NotificationTestSupport;
import io.estante.services.Fixtures;
import io.estante.test.ApiClient;
import io.estante.test.WhatsAppWebhooks;

/**
 * Two clients with phones, verified or not, and an active service of the first, made
 * through the API as staff and clients would; inbound WhatsApp messages through the
 * signed webhook.
 */
final class TransferScenario {

	record Party(long id, String email, String password, String phone, ApiClient api, String firstName) {

		/** The phone as WhatsApp writes it (digits, 549…). */
		String whatsAppDigits() {
			return phone.substring(1);
		}

	}

	private final int port;

	private final Fixtures fixtures;

	TransferScenario(int port) {
		this.port = port;
		this.fixtures = new Fixtures(port);
	}

	ApiClient staff() {
		return fixtures.staff();
	}

	Party client(String firstName, String language, boolean verified) {
		var c = NotificationTestSupport.signUp(new ApiClient(port), firstName, language,
				NotificationTestSupport.uniqueMobile());
		if (verified) {
			verify(c.id());
		}
		return new Party(c.id(), c.email(), c.password(), c.phone(), c.api(), firstName);
	}

	/** The client signed in anew (tokens expire when the test clock moves). */
	Party again(Party party) {
		return new Party(party.id(), party.email(), party.password(), party.phone(),
				new ApiClient(port).signIn(party.email(), party.password()), party.firstName());
	}

	void verify(long clientId) {
		String document = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
		var verified = staff().post("/api/v1/admin/clients/" + clientId + "/verification",
				Map.of("documentId", document));
		assertThat(verified.status()).as(verified.raw().body()).isEqualTo(200);
	}

	/** An Active monthly service of this client, paid until a month from today. */
	long activeService(long clientId, LocalDate today) {
		long product = fixtures.hostingProduct("1000.00", "10000.00");
		return fixtures.recordService(clientId, product, "MONTHLY", "ACTIVE", today, today.plusMonths(1));
	}

	/** An unpaid invoice with a line for the service; answers its number. */
	String unpaidInvoice(long clientId, long serviceId, LocalDate dueDate) {
		var invoice = staff().post("/api/v1/admin/invoices", Map
			.of("clientId", clientId, "currency", "ARS", "dueDate", dueDate.toString(), "lines", java.util.List
				.of(Map.of("kind", "OTHER", "description", "Extra disk", "amount", "500.00", "serviceId", serviceId))));
		assertThat(invoice.status()).as(invoice.raw().body()).isEqualTo(201);
		return invoice.text("number");
	}

	ApiClient.Response start(Party origin, long serviceId, String toEmail) {
		return origin.api().post("/api/v1/transfers", Map.of("serviceId", serviceId, "toEmail", toEmail));
	}

	/** Starts a transfer that must be accepted and answers it. */
	ApiClient.Response started(Party origin, long serviceId, Party destination) {
		var created = start(origin, serviceId, destination.email());
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		return created;
	}

	/** A WhatsApp message from this phone (digits), through the signed webhook. */
	String whatsApp(String fromDigits, String text) {
		String id = "wamid.TR" + UUID.randomUUID();
		deliver(WhatsAppWebhooks.anyTextMessage(id, fromDigits, "Someone", text));
		return id;
	}

	void deliver(String body) {
		var answer = new ApiClient(port).postRaw("/webhooks/whatsapp", body, WhatsAppWebhooks.signed(body));
		assertThat(answer.status()).isEqualTo(200);
	}

	ApiClient.Response transfer(ApiClient as, long transferId) {
		return as.get("/api/v1/transfers/" + transferId);
	}

}
