package io.estante.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

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
 * Quotes in a real browser: staff write one on the admin form (a bad amount refused
 * inline) and send it; the client finds it in "Presupuestos", accepts it and lands on its
 * invoice.
 */
@EstanteIntegrationTest
class QuoteBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@BeforeEach
	void at() {
		browser.at(port);
	}

	@Test
	void staffWriteAndSendAQuoteThatTheClientAccepts() {
		var client = new ApiClient(port).signUpClient("Aceptante");
		String until = LocalDate.now().plusDays(30).toString();

		browser.signInStaff(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD)
			.open("/admin/quotes")
			.click(By.id("new-quote"))
			.type("client", client.email());
		((JavascriptExecutor) browser.driver())
			.executeScript("document.getElementById('validUntil').value = '" + until + "'");
		browser.type("line-0-description", "Tienda online a medida").type("line-0-amount", "doce mil");
		browser.click(By.id("save-quote"));
		assertThat(browser.text("#quote-form .field-error")).contains("no es válido");
		browser.type("line-0-amount", "12000,50")
			.type("line-1-description", "Capacitación")
			.type("line-1-amount", "3000");
		browser.click(By.id("save-quote"));
		assertThat(browser.text(".flash")).contains("borrador");
		assertThat(browser.text("#total")).isEqualTo("15000.50 ARS");
		browser.click(By.id("send-quote"));
		assertThat(browser.text("#quote-status")).isEqualTo("Enviado");
		browser.screenshot("quotes-admin-quote");
		browser.signOut();

		browser.signInClient(client.email(), client.password()).open("/client/quotes");
		assertThat(browser.text("#quotes")).contains("Enviado").contains("15000.50 ARS");
		browser.click(By.cssSelector("#quotes tbody a"));
		assertThat(browser.text("#lines")).contains("Tienda online a medida").contains("Capacitación");
		browser.screenshot("quotes-client-quote");
		browser.click(By.id("accept"));
		assertThat(browser.path()).startsWith("/client/invoices/");
		assertThat(browser.text(".flash")).contains("Aceptaste el presupuesto");
		assertThat(browser.text("main")).contains("Tienda online a medida").contains("15.000,50 ARS");
		browser.screenshot("quotes-client-invoice");
	}

}
