package io.estante.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.Browser;
import io.estante.test.EstanteIntegrationTest;

/**
 * Order to Active in a real browser: the client orders from the catalog page and lands on
 * the invoice, staff record the payment in the admin area, and the service shows Active
 * in both areas.
 */
@EstanteIntegrationTest
class OrderBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@BeforeEach
	void at() {
		browser.at(port);
	}

	@Test
	void clientOrdersStaffRecordsThePaymentAndTheServiceIsActiveInBothAreas() {
		Fixtures fixtures = new Fixtures(port);
		long product = fixtures.hostingProduct("1500.00", "15000.00");
		var client = new ApiClient(port).signUpClient("Compradora");

		browser.signInClient(client.email(), client.password())
			.open("/client/services")
			.click(By.id("order-link"))
			.select("productId", String.valueOf(product))
			.type("domain", "mi-compra.com.ar")
			.click(By.id("place-order"));
		assertThat(browser.text("#order-form .field-error")).contains("Elegí un ciclo de facturación.");
		browser.select("billingCycle", "MONTHLY").click(By.id("place-order"));
		assertThat(browser.text(".flash")).contains("pagá la factura");
		assertThat(browser.text("#balance")).isEqualTo("1.500,00 ARS");
		String invoicePath = browser.path();
		browser.screenshot("order-client-invoice");
		browser.open("/client/services");
		assertThat(browser.text("#services")).contains("mi-compra.com.ar").contains("Pendiente de pago");
		browser.signOut();

		browser.signInStaff(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD)
			.open(invoicePath.replace("/client/", "/admin/"))
			.type("amount", "1500")
			.type("transactionId", "trf-orden-" + client.id())
			.click(By.cssSelector("#record-payment button"));
		assertThat(browser.text(".page-head .status")).isEqualTo("Pagada");
		String services = "/admin/services?clientId=" + client.id();
		await().atMost(Duration.ofSeconds(20)).until(() -> browser.open(services).text("#services").contains("Activo"));
		browser.screenshot("order-admin-services");
		browser.signOut();

		browser.signInClient(client.email(), client.password()).open("/client/services");
		assertThat(browser.text("#services")).contains("mi-compra.com.ar").contains("Activo");
		browser.click(By.cssSelector("#services tbody a"));
		assertThat(browser.text("#service-status")).isEqualTo("Activo");
		assertThat(browser.text("#next-due")).isNotEqualTo("—");
		browser.screenshot("order-client-service");
	}

}
