package io.estante.upgrades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

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
 * The manual's five steps in a real browser, in Spanish: the client chooses "Actualizar",
 * a category, a package and a cycle, presses the button and lands on the invoice; staff
 * record the payment in the admin area and the client sees the new plan. And a downgrade,
 * refused with the manual's explanation, turned into a request staff handle.
 */
@EstanteIntegrationTest
class UpgradeBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	UpgradeFixtures fixtures;

	@BeforeEach
	void at() {
		browser.at(port);
		fixtures = new UpgradeFixtures(port);
	}

	@Test
	void theClientUpgradesInFiveStepsAndSeesTheNewPlanOncePaid() {
		var client = new ApiClient(port).signUpClient("Escalera");
		String categoryName = "Hosting " + UpgradeFixtures.unique();
		long hosting = fixtures.categoryNamed(categoryName);
		long basic = fixtures.product(hosting, "Básico", Map.of("MONTHLY", "10.00", "ANNUALLY", "100.00"));
		long pro = fixtures.product(hosting, "Pro", Map.of("MONTHLY", "15.00", "ANNUALLY", "150.00"));
		long reseller = fixtures.product(fixtures.category("Revendedores"), "Revendedor", Map.of("ANNUALLY", "300.00"));
		fixtures.path(basic, pro);
		fixtures.path(basic, reseller);
		String proName = fixtures.productName(pro);
		LocalDate start = clock.today().minusMonths(6);
		long service = fixtures.service(client.id(), basic, "ANNUALLY", "ACTIVE", start, start.plusYears(1), "100.00");

		// 1. The service's page: "Actualizar".
		browser.signInClient(client.email(), client.password())
			.open("/client/services/" + service)
			.clickText("Actualizar");
		// 2. The category to upgrade into.
		assertThat(browser.text("#categories")).contains(categoryName).contains("Revendedores");
		browser.screenshot("upgrades-categories");
		browser.clickText(categoryName);
		// 3. The packages of that category.
		assertThat(browser.text("#packages")).contains(proName);
		browser.click(By.cssSelector("#packages tr[data-product='" + pro + "'] a"));
		// 4. The cycle, with what is due now: the manual's 50.00.
		assertThat(browser.text("#cycles")).contains("Anual").contains("150,00 ARS").contains("50,00 ARS");
		browser.driver().findElement(By.id("cycle-ANNUALLY")).click();
		browser.screenshot("upgrades-cycles");
		// 5. "Actualizar plan": the invoice to pay.
		browser.click(By.id("do-upgrade"));
		assertThat(browser.path()).startsWith("/client/invoices/");
		assertThat(browser.text(".flash")).contains("cuando la pagues, aplicamos la mejora");
		assertThat(browser.text("#pay-notice")).contains("Pagá 50,00 ARS");
		String invoicePath = browser.path();
		browser.signOut();

		browser.signInStaff(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD)
			.open(invoicePath.replace("/client/", "/admin/"))
			.type("amount", "50.00")
			.type("method", "bank-transfer")
			.type("transactionId", "upg-" + UpgradeFixtures.unique())
			.click(By.cssSelector("#record-payment button"));
		assertThat(browser.text(".page-head .status")).isEqualTo("Pagada");
		browser.signOut();

		browser.signInClient(client.email(), client.password());
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			browser.open("/client/services/" + service);
			assertThat(browser.text("main .facts")).contains(proName);
		});
		assertThat(browser.text("main .facts")).contains("Anual").contains("150.00 ARS");
		browser.screenshot("upgrades-applied");
	}

	@Test
	void aDowngradeIsRefusedWithTheExplanationAndTheClientCanAskStaff() {
		var client = new ApiClient(port).signUpClient("Bajada");
		long hosting = fixtures.category("Hosting");
		long pro = fixtures.product(hosting, "Pro", Map.of("ANNUALLY", "150.00"));
		long mini = fixtures.product(hosting, "Mini", Map.of("ANNUALLY", "50.00"));
		fixtures.path(pro, mini);
		LocalDate start = clock.today().minusMonths(2);
		long service = fixtures.service(client.id(), pro, "ANNUALLY", "ACTIVE", start, start.plusYears(1), "150.00");

		browser.signInClient(client.email(), client.password())
			.open("/client/services/" + service)
			.clickText("Actualizar");
		assertThat(browser.text("#no-upgrade")).contains("No hay una mejora automática posible");
		assertThat(browser.text("#no-downgrades")).contains("No hacemos bajas de plan");

		browser.open("/client/services/" + service + "/upgrade/products/" + mini);
		assertThat(browser.text("#refusal")).contains("no hacemos bajas de plan")
			.contains("podrían no entrar en el plan más chico")
			.contains("cancelá este servicio y contratá el plan que te convenga")
			.contains("se pierde todo");
		assertThat(browser.has(By.id("do-upgrade"))).isFalse();
		browser.screenshot("upgrades-downgrade-refused");

		browser.open("/client/services/" + service + "/upgrade")
			.type("message", "Quiero pasar a un plan más chico")
			.click(By.id("send-staff-request"));
		assertThat(browser.text(".flash")).isEqualTo("Enviamos tu pedido a nuestro equipo.");
		browser.signOut();

		browser.signInStaff(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD)
			.open("/admin/upgrades?serviceId=" + service);
		assertThat(browser.text("#staff-requests")).contains("Quiero pasar a un plan más chico");
		browser.screenshot("upgrades-admin-requests");
		browser.click(By.cssSelector("#staff-requests .mark-handled"));
		assertThat(browser.text(".flash")).isEqualTo("Marcado como atendido.");
		assertThat(browser.text("#staff-requests")).contains("Atendido por " + EstanteIntegrationTest.OWNER_EMAIL);
	}

}
