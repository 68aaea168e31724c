package io.estante.billing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.Browser;
import io.estante.test.EstanteIntegrationTest;

/**
 * The invoice pages in a real browser: staff issue an invoice and record payments (a
 * refusal inline, then a partial payment, then the rest); the client follows what is left
 * to pay in "Mis facturas".
 */
@EstanteIntegrationTest
class InvoiceBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@BeforeEach
	void at() {
		browser.at(port);
	}

	@Test
	void staffBillsAndRecordsPaymentsWhileTheClientSeesWhatIsLeftToPay() {
		var client = new ApiClient(port).signUpClient("Navegadora");

		browser.signInStaff(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD)
			.open("/admin/invoices")
			.clickText("Nueva factura")
			.type("client", client.email());
		((JavascriptExecutor) browser.driver())
			.executeScript("document.getElementById('dueDate').value = '2027-03-01'");
		browser.type("line-0-description", "Hosting Pro anual")
			.type("line-0-amount", "12000")
			.type("line-1-description", "Instalación")
			.type("line-1-amount", "500.50")
			.submit();
		assertThat(browser.text(".flash")).contains("emitida");
		assertThat(browser.text("#balance")).isEqualTo("12.500,50 ARS");
		String invoicePath = browser.path();
		browser.screenshot("billing-admin-invoice");

		browser.type("amount", "100,5").type("transactionId", "trf-1").click(By.cssSelector("#record-payment button"));
		assertThat(browser.text("#record-payment .field-error")).contains("no es un importe válido");
		browser.type("amount", "2500.50").click(By.cssSelector("#record-payment button"));
		assertThat(browser.text(".flash")).isEqualTo("Pago registrado.");
		assertThat(browser.text("#balance")).isEqualTo("10.000,00 ARS");
		browser.signOut();

		browser.signInClient(client.email(), client.password()).open("/client/invoices");
		assertThat(browser.text("#owed")).contains("10.000,00 ARS");
		assertThat(browser.text("#invoices")).contains("Impaga").contains("12.500,50 ARS");
		browser.screenshot("billing-client-invoices");
		browser.click(By.cssSelector("#invoices tbody a"));
		assertThat(browser.text("#pay-notice")).contains("Pagá 10.000,00 ARS antes del 01/03/2027");
		assertThat(browser.text("main")).contains("Hosting Pro anual").contains("trf-1");
		browser.screenshot("billing-client-invoice");
		browser.signOut();

		browser.signInStaff(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD)
			.open(invoicePath)
			.type("amount", "10000")
			.type("transactionId", "trf-2")
			.click(By.cssSelector("#record-payment button"));
		assertThat(browser.text(".page-head .status")).isEqualTo("Pagada");
		browser.signOut();

		browser.signInClient(client.email(), client.password()).open("/client/invoices");
		assertThat(browser.text("#owed")).contains("No tenés nada pendiente");
		assertThat(browser.text("#invoices")).contains("Pagada");
		browser.open(invoicePath.replace("/admin/", "/client/") + "/print");
		assertThat(browser.text(".invoice-sheet")).containsIgnoringCase("Facturado a")
			.contains(client.email())
			.contains("12.500,50 ARS");
		browser.screenshot("billing-print");
	}

}
