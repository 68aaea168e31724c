package io.estante.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.MutableClock;
import tools.jackson.databind.JsonNode;

/**
 * Stripe end to end against its stand-in: the Checkout Session the application creates,
 * and webhooks that settle an invoice only when signed within the tolerance, paid, for
 * the amount asked and only once.
 */
@PaymentsIntegrationTest
class StripeIntegrationTests {

	static final FakeStripe API = PaymentsTestSetup.STRIPE;

	static final String COMPLETED = "checkout.session.completed";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	PaymentTestSupport support;

	GatewayNotices notices;

	ApiClient.SignedUp client;

	@BeforeEach
	void setUp() {
		support = new PaymentTestSupport(port);
		notices = new GatewayNotices(port, clock);
		client = new ApiClient(port).signUpClient("Tarjeta");
	}

	@Test
	void theCheckoutIsASessionForTheBalanceThatCarriesTheInvoice() {
		long invoice = support.invoice(client.id(), "ARS", "1500.50");
		JsonNode checkout = PaymentTestSupport.checkout(client.api(), invoice, "stripe");

		String session = checkout.path("reference").asString();
		Map<String, String> form = API.form(session);
		assertThat(checkout.path("redirectUrl").asString()).isEqualTo(API.baseUrl() + "/pay/" + session);
		assertThat(form).containsEntry("client_reference_id", String.valueOf(invoice))
			.containsEntry("mode", "payment")
			.containsEntry("line_items[0][quantity]", "1")
			.containsEntry("line_items[0][price_data][unit_amount]", "150050")
			.containsEntry("line_items[0][price_data][currency]", "ars")
			.containsEntry("success_url",
					PaymentsTestSetup.BASE_URL + "/client/invoices/" + invoice
							+ "/payments/stripe/return?result=success")
			.containsEntry("cancel_url", PaymentsTestSetup.BASE_URL + "/client/invoices/" + invoice
					+ "/payments/stripe/return?result=failure");
	}

	@Test
	void aSignedCompletedSessionSettlesTheInvoiceOnceHoweverOftenItIsSent() {
		long invoice = support.invoice(client.id(), "ARS", "999.99");
		String session = PaymentTestSupport.checkout(client.api(), invoice, "stripe").path("reference").asString();
		String event = API.event(COMPLETED, session, "paid", null);

		assertThat(notices.stripe(event).status()).isEqualTo(200);
		assertThat(notices.stripe(event).status()).isEqualTo(200);

		JsonNode paid = support.invoiceView(invoice);
		assertThat(paid.path("status").asString()).isEqualTo("PAID");
		assertThat(paid.path("payments")).hasSize(1);
		assertThat(paid.path("payments").path(0).path("method").asString()).isEqualTo("stripe");
		assertThat(paid.path("payments").path(0).path("transactionId").asString()).isEqualTo("pi_" + session);
		JsonNode audit = support.notifications(invoice, false);
		assertThat(audit).hasSize(2);
		assertThat(audit.path(0).path("outcome").asString()).isEqualTo("DUPLICATE");
		assertThat(audit.path(1).path("outcome").asString()).isEqualTo("APPLIED");
	}

	@Test
	void aBadOrStaleSignatureIsRefusedAndNothingIsRecorded() {
		long invoice = support.invoice(client.id(), "ARS", "120.00");
		String session = PaymentTestSupport.checkout(client.api(), invoice, "stripe").path("reference").asString();
		String event = API.event(COMPLETED, session, "paid", null);
		long now = clock.millis() / 1000;

		assertThat(notices.stripe(event, "whsec_someone_else", now).status()).isEqualTo(401);
		assertThat(notices.stripe(event, FakeStripe.WEBHOOK_SECRET, now - 3600).status()).isEqualTo(401);
		assertThat(new ApiClient(port).postRaw("/webhooks/stripe", event, Map.of()).status()).isEqualTo(401);

		assertThat(support.status(invoice)).isEqualTo("UNPAID");
		assertThat(support.payments(invoice)).isZero();
	}

	@Test
	void anUnpaidSessionOrAnotherEventSettlesNothing() {
		long invoice = support.invoice(client.id(), "ARS", "120.00");
		String session = PaymentTestSupport.checkout(client.api(), invoice, "stripe").path("reference").asString();

		assertThat(notices.stripe(API.event(COMPLETED, session, "unpaid", null)).status()).isEqualTo(200);
		assertThat(notices.stripe(API.event("checkout.session.expired", session, "unpaid", null)).status())
			.isEqualTo(200);
		assertThat(notices.stripe("not json at all").status()).isEqualTo(400);

		assertThat(support.status(invoice)).isEqualTo("UNPAID");
		assertThat(support.payments(invoice)).isZero();
	}

	@Test
	void aMismatchedAmountIsNotAppliedAndIsFlaggedForStaff() {
		long invoice = support.invoice(client.id(), "ARS", "700.00");
		String session = PaymentTestSupport.checkout(client.api(), invoice, "stripe").path("reference").asString();

		assertThat(notices.stripe(API.event(COMPLETED, session, "paid", 100L)).status()).isEqualTo(200);

		assertThat(support.status(invoice)).isEqualTo("UNPAID");
		assertThat(support.payments(invoice)).isZero();
		JsonNode flagged = support.notifications(invoice, true);
		assertThat(flagged).hasSize(1);
		assertThat(flagged.path(0).path("flagReason").asString()).isEqualTo("AMOUNT_MISMATCH");
		assertThat(flagged.path(0).path("amount").asString()).isEqualTo("1.00");
	}

	@Test
	void aPaymentForACancelledInvoiceBecomesCreditAndIsFlagged() {
		long invoice = support.invoice(client.id(), "ARS", "450.00");
		String session = PaymentTestSupport.checkout(client.api(), invoice, "stripe").path("reference").asString();
		var cancelled = support.staff.post("/api/v1/admin/invoices/" + invoice + "/cancellation",
				Map.of("reason", "Duplicada"));
		assertThat(cancelled.status()).as(cancelled.raw().body()).isLessThan(300);

		assertThat(notices.stripe(API.event(COMPLETED, session, "paid", null)).status()).isEqualTo(200);

		assertThat(support.status(invoice)).isEqualTo("CANCELLED");
		assertThat(client.api().get("/api/v1/credit").body().path("balances").path(0).path("amount").asString())
			.isEqualTo("450.00");
		JsonNode flagged = support.notifications(invoice, true);
		assertThat(flagged).hasSize(1);
		assertThat(flagged.path(0).path("flagReason").asString()).isEqualTo("CREDITED");
	}

	@Test
	void onlyTheOwnerStartsACheckoutAndOnlyForAnUnpaidInvoice() {
		long invoice = support.invoice(client.id(), "ARS", "10.00");
		var stranger = new ApiClient(port).signUpClient("Ajena");

		var notMine = stranger.api().post("/api/v1/invoices/" + invoice + "/checkouts", Map.of("gateway", "stripe"));
		assertThat(notMine.status()).isEqualTo(404);
		var unknown = client.api()
			.inLanguage("en")
			.post("/api/v1/invoices/" + invoice + "/checkouts", Map.of("gateway", "paypal"));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.text("detail")).isEqualTo("The payment method “paypal” is not available.");
		support.staff.post("/api/v1/admin/invoices/" + invoice + "/payments",
				Map.of("amount", "10.00", "method", "transferencia", "transactionId", "trf-s-" + invoice));
		var paid = client.api().post("/api/v1/invoices/" + invoice + "/checkouts", Map.of("gateway", "stripe"));
		assertThat(paid.status()).isEqualTo(409);
		assertThat(paid.contentType()).startsWith("application/problem+json");
	}

}
