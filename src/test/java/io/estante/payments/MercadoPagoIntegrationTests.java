package io.estante.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.MutableClock;
import tools.jackson.databind.JsonNode;

/**
 * Mercado Pago end to end against its stand-in: the preference the application creates,
 * and notifications that settle an invoice only when signed, approved, for the amount
 * asked and only once.
 */
@PaymentsIntegrationTest
class MercadoPagoIntegrationTests {

	static final FakeMercadoPago API = PaymentsTestSetup.MERCADO_PAGO;

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
		client = new ApiClient(port).signUpClient("Pagadora");
	}

	@Test
	void theCheckoutIsAPreferenceForTheBalanceThatCarriesTheInvoice() {
		long invoice = support.invoice(client.id(), "ARS", "1500.50");
		JsonNode checkout = PaymentTestSupport.checkout(client.api(), invoice, "mercadopago");

		JsonNode sent = API.preferences().getLast();
		assertThat(checkout.path("redirectUrl").asString())
			.isEqualTo(API.baseUrl() + "/checkout/pay/" + checkout.path("reference").asString());
		assertThat(sent.path("external_reference").asString()).isEqualTo(String.valueOf(invoice));
		assertThat(sent.path("items").path(0).path("unit_price").decimalValue()).isEqualByComparingTo("1500.50");
		assertThat(sent.path("items").path(0).path("currency_id").asString()).isEqualTo("ARS");
		assertThat(sent.path("items").path(0).path("quantity").asInt()).isEqualTo(1);
		assertThat(sent.path("back_urls").path("success").asString()).isEqualTo(PaymentsTestSetup.BASE_URL
				+ "/client/invoices/" + invoice + "/payments/mercadopago/return?result=success");
		assertThat(sent.path("back_urls").path("failure").asString()).endsWith("return?result=failure");
		assertThat(sent.path("notification_url").asString())
			.isEqualTo(PaymentsTestSetup.BASE_URL + "/webhooks/mercadopago");
	}

	@Test
	void aSignedApprovedPaymentSettlesTheInvoiceOnceHoweverOftenItIsNotified() {
		long invoice = support.invoice(client.id(), "ARS", "2000.00");
		PaymentTestSupport.checkout(client.api(), invoice, "mercadopago");
		long payment = API.payment(invoice, "2000.00", "ARS", "approved");

		assertThat(notices.mercadoPago(payment).status()).isEqualTo(200);
		assertThat(notices.mercadoPago(payment).status()).isEqualTo(200);

		assertThat(support.status(invoice)).isEqualTo("PAID");
		JsonNode paid = support.invoiceView(invoice);
		assertThat(paid.path("payments")).hasSize(1);
		assertThat(paid.path("payments").path(0).path("method").asString()).isEqualTo("mercadopago");
		assertThat(paid.path("payments").path(0).path("transactionId").asString()).isEqualTo(String.valueOf(payment));
		JsonNode audit = support.notifications(invoice, false);
		assertThat(audit).hasSize(2);
		assertThat(audit.path(0).path("outcome").asString()).isEqualTo("DUPLICATE");
		assertThat(audit.path(1).path("outcome").asString()).isEqualTo("APPLIED");
		assertThat(audit.path(1).path("verification").asString()).isEqualTo("VERIFIED");
		assertThat(API.hits("/v1/payments/" + payment)).isEqualTo(2);
	}

	@Test
	void aBadSignatureIsRefusedAndNothingIsRecordedNorLookedUp() {
		long invoice = support.invoice(client.id(), "ARS", "300.00");
		PaymentTestSupport.checkout(client.api(), invoice, "mercadopago");
		long payment = API.payment(invoice, "300.00", "ARS", "approved");

		assertThat(notices.mercadoPago(payment, "not-the-secret").status()).isEqualTo(401);
		var unsigned = new ApiClient(port).postRaw("/webhooks/mercadopago?data.id=" + payment + "&type=payment",
				"{\"type\":\"payment\",\"data\":{\"id\":\"" + payment + "\"}}", java.util.Map.of());
		assertThat(unsigned.status()).isEqualTo(401);

		assertThat(support.status(invoice)).isEqualTo("UNPAID");
		assertThat(support.payments(invoice)).isZero();
		assertThat(API.hits("/v1/payments/" + payment)).isZero();
	}

	@Test
	void aPaymentNotYetApprovedSettlesNothing() {
		long invoice = support.invoice(client.id(), "ARS", "300.00");
		PaymentTestSupport.checkout(client.api(), invoice, "mercadopago");
		long payment = API.payment(invoice, "300.00", "ARS", "in_process");

		assertThat(notices.mercadoPago(payment).status()).isEqualTo(200);

		assertThat(support.status(invoice)).isEqualTo("UNPAID");
		assertThat(support.payments(invoice)).isZero();
	}

	@Test
	void aMismatchedAmountOrCurrencyIsNotAppliedAndIsFlaggedForStaff() {
		long invoice = support.invoice(client.id(), "ARS", "5000.00");
		PaymentTestSupport.checkout(client.api(), invoice, "mercadopago");
		long less = API.payment(invoice, "50.00", "ARS", "approved");
		long dollars = API.payment(invoice, "5000.00", "USD", "approved");

		assertThat(notices.mercadoPago(less).status()).isEqualTo(200);
		assertThat(notices.mercadoPago(dollars).status()).isEqualTo(200);

		assertThat(support.status(invoice)).isEqualTo("UNPAID");
		assertThat(support.payments(invoice)).isZero();
		JsonNode flagged = support.notifications(invoice, true);
		assertThat(flagged).hasSize(2);
		assertThat(flagged.path(0).path("flagReason").asString()).isEqualTo("CURRENCY_MISMATCH");
		assertThat(flagged.path(1).path("flagReason").asString()).isEqualTo("AMOUNT_MISMATCH");
		assertThat(flagged.path(1).path("outcome").asString()).isEqualTo("NOT_APPLIED");
		assertThat(flagged.path(1).path("amount").asString()).isEqualTo("50.00");
	}

	@Test
	void aPaymentForAnInvoiceAlreadyPaidBecomesCreditAndIsFlagged() {
		long invoice = support.invoice(client.id(), "ARS", "800.00");
		PaymentTestSupport.checkout(client.api(), invoice, "mercadopago");
		var byHand = support.staff.post("/api/v1/admin/invoices/" + invoice + "/payments",
				java.util.Map.of("amount", "800.00", "method", "transferencia", "transactionId", "trf-" + invoice));
		assertThat(byHand.status()).as(byHand.raw().body()).isIn(200, 201);
		long payment = API.payment(invoice, "800.00", "ARS", "approved");

		assertThat(notices.mercadoPago(payment).status()).isEqualTo(200);

		assertThat(support.payments(invoice)).isEqualTo(2);
		assertThat(client.api().get("/api/v1/credit").body().path("balances").path(0).path("amount").asString())
			.isEqualTo("800.00");
		JsonNode flagged = support.notifications(invoice, true);
		assertThat(flagged).hasSize(1);
		assertThat(flagged.path(0).path("flagReason").asString()).isEqualTo("CREDITED");
		assertThat(flagged.path(0).path("outcome").asString()).isEqualTo("CREDITED");
	}

}
