package io.estante.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.Browser;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.MutableClock;

/**
 * Paying online in a real browser: from the invoice page to the gateway's checkout (the
 * local stand-in) and back to the return page, which says "paid" only once the signed
 * notification arrived; staff see a flagged notification on their page.
 */
@PaymentsIntegrationTest
class PaymentBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void at() {
		browser.at(port);
	}

	@Test
	void theClientPaysWithStripeAndComesBackToAPaidInvoice() {
		var client = new ApiClient(port).signUpClient("Navegante");
		PaymentTestSupport support = new PaymentTestSupport(port);
		long invoice = support.invoice(client.id(), "ARS", "2500.00");

		browser.signInClient(client.email(), client.password()).open("/client/invoices/" + invoice);
		assertThat(browser.text("#pay-options")).contains("Pagar con Mercado Pago")
			.contains("Pagar con Stripe")
			.contains("Transferencia bancaria")
			.contains("CBU 0170000000000000000001");
		browser.screenshot("payments-invoice-options");

		browser.click(By.cssSelector("#pay-stripe button"));
		assertThat(browser.driver().getCurrentUrl()).startsWith(PaymentsTestSetup.STRIPE.baseUrl() + "/pay/cs_test_");
		assertThat(browser.text("#amount")).isEqualTo("250000 ars");
		String session = browser.driver().getCurrentUrl().substring(PaymentsTestSetup.STRIPE.baseUrl().length() + 5);

		// Back from the gateway before its notification: the page waits, it does not pay.
		browser.click(By.id("paid"));
		assertThat(browser.path()).isEqualTo("/client/invoices/" + invoice + "/payments/stripe/return?result=success");
		assertThat(browser.text("#payment-state")).contains("Stripe todavía no nos confirmó el pago");
		assertThat(support.status(invoice)).isEqualTo("UNPAID");

		var sent = new GatewayNotices(port, clock)
			.stripe(PaymentsTestSetup.STRIPE.event("checkout.session.completed", session, "paid", null));
		assertThat(sent.status()).isEqualTo(200);
		browser.open(browser.path());
		assertThat(browser.text("#payment-state")).isEqualTo(
				"La factura " + support.invoiceView(invoice).path("number").asString() + " está pagada. ¡Gracias!");
		browser.screenshot("payments-return-paid");
		browser.click(By.id("back-to-invoice"));
		assertThat(browser.text(".page-head .status")).isEqualTo("Pagada");
		assertThat(browser.has(By.id("pay-options"))).isFalse();
	}

	@Test
	void staffSeeTheNotificationsFlaggedForThem() {
		var client = new ApiClient(port).signUpClient("Marcada");
		PaymentTestSupport support = new PaymentTestSupport(port);
		long invoice = support.invoice(client.id(), "ARS", "640.00");
		String session = PaymentTestSupport.checkout(client.api(), invoice, "stripe").path("reference").asString();
		new GatewayNotices(port, clock)
			.stripe(PaymentsTestSetup.STRIPE.event("checkout.session.completed", session, "paid", 6400L));

		browser.signInStaff(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD)
			.open("/admin/payments");
		assertThat(browser.text("#notifications")).contains("#" + invoice)
			.contains("64,00 ARS")
			.contains("El importe no coincide con lo cobrado")
			.contains("No aplicado");
		assertThat(browser.text("#gateways")).contains("Mercado Pago").contains("Stripe");
		browser.screenshot("payments-admin-flagged");
		browser.click(By.id("show-all"));
		assertThat(browser.text("h1")).isEqualTo("Pagos en línea: todas las notificaciones");
	}

}
