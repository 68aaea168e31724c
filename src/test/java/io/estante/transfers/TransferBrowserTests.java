package io.estante.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.notifications.NotificationsIntegrationTest;
import io.estante.test.Browser;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.MutableClock;
import io.estante.transfers.TransferScenario.Party;

/**
 * The transfer pages in a real browser: the origin starts a transfer (first to an
 * unverified account: refused with the reason and a link), confirms its side; the
 * destination confirms with the same text; both see the result, and staff see it in the
 * admin list.
 */
@NotificationsIntegrationTest
class TransferBrowserTests {

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
	void originStartsDestinationConfirmsBothSeeTheResult() {
		TransferScenario scenario = new TransferScenario(port);
		Party ana = scenario.client("Ana", "es", true);
		Party beto = scenario.client("Beto", "es", true);
		Party carla = scenario.client("Carla", "es", false);
		long service = scenario.activeService(ana.id(), clock.today());
		String label = ana.api().get("/api/v1/services/" + service).text("label");

		browser.signInClient(ana.email(), ana.password()).open("/client/transfers").click(By.id("new-transfer"));
		browser.select("serviceId", String.valueOf(service))
			.type("toEmail", carla.email())
			.type("password", ana.password())
			.submit();
		assertThat(browser.text("#unmet")).contains("La cuenta que recibe el servicio no está verificada");
		assertThat(browser.driver().findElement(By.cssSelector("#unmet a")).getAttribute("href"))
			.endsWith("/client/transfers/verification");
		browser.screenshot("transfers-refused");

		browser.select("serviceId", String.valueOf(service))
			.type("toEmail", beto.email())
			.type("password", ana.password())
			.submit();
		String message = browser.text("#transfer-message");
		assertThat(message).contains(ana.email()).contains(beto.email()).contains(label);
		assertThat(browser.driver().findElement(By.id("whatsapp-link")).getAttribute("href"))
			.startsWith("https://wa.me/5491150000000?text=Solicito%20transferir");
		String transferPath = browser.path();
		browser.screenshot("transfers-started");
		browser.type("confirm-message", message).click(By.id("confirm-transfer"));
		assertThat(browser.text(".flash")).isEqualTo("Confirmación registrada.");
		assertThat(browser.text("#origin")).contains("confirmó");
		assertThat(browser.text("#destination")).contains("falta confirmar");
		browser.signOut();

		browser.signInClient(beto.email(), beto.password()).open("/client/transfers");
		assertThat(browser.text("#transfers")).contains(label).contains("Esperando confirmación");
		browser.click(By.cssSelector("#transfers tbody a"));
		browser.type("confirm-message", message).click(By.id("confirm-transfer"));
		assertThat(browser.text("#transfer-status")).isEqualTo("Completada");
		browser.screenshot("transfers-completed");
		browser.open("/client/services");
		assertThat(browser.text("#services")).contains(label);
		browser.signOut();

		browser.signInClient(ana.email(), ana.password()).open(transferPath);
		assertThat(browser.text("#transfer-status")).isEqualTo("Completada");
		browser.open("/client/services");
		assertThat(browser.text("main")).doesNotContain(label);
		browser.signOut();

		browser.signInStaff(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD)
			.open("/admin/transfers?status=COMPLETED");
		assertThat(browser.text("#transfers")).contains(label).contains(beto.email());
		browser.screenshot("transfers-admin");
	}

}
