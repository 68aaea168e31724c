package io.estante.notifications;

import static io.estante.notifications.NotificationTestSupport.awaitAlert;
import static io.estante.notifications.NotificationTestSupport.signUp;
import static io.estante.notifications.NotificationTestSupport.uniqueMobile;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.notifications.internal.AlertStatus;
import io.estante.notifications.internal.Alerts;
import io.estante.notifications.internal.Channel;
import io.estante.test.ApiClient;
import io.estante.test.Browser;
import io.estante.test.EstanteIntegrationTest;

/**
 * The alert pages in a real browser: staff read the log of a client's alerts and switch a
 * moment's channel; a client turns off a non-essential notice (security ones cannot be)
 * and finds the link to edit its phone.
 */
@NotificationsIntegrationTest
class NotificationPagesBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Alerts alerts;

	ApiClient owner;

	@BeforeEach
	void at() {
		browser.at(port);
		owner = new ApiClient(port).signIn(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD);
	}

	@AfterEach
	void switchBack() {
		owner.put("/api/v1/admin/notifications/settings/invoice-paid", Map.of("whatsapp", true));
	}

	@Test
	void staffReadTheAlertLogAndSwitchAMomentsChannel() {
		var client = signUp(new ApiClient(port), "Valeria", "es", uniqueMobile());
		awaitAlert(alerts, client.id(), "client-registered", Channel.WHATSAPP, AlertStatus.SENT);
		awaitAlert(alerts, client.id(), "client-registered", Channel.EMAIL, AlertStatus.SENT);

		browser.signInStaff(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD)
			.open("/admin")
			.click(By.linkText("Alertas"));
		WebElement clientField = browser.waitFor(By.cssSelector("#alert-filter input[name=clientId]"));
		clientField.sendKeys(String.valueOf(client.id()));
		browser.click(By.cssSelector("#alert-filter button"));
		String log = browser.text("#alerts");
		assertThat(browser.all(By.cssSelector("#alerts tbody tr"))).hasSize(2);
		assertThat(log).contains("Bienvenida (cuenta creada)")
			.contains("WhatsApp")
			.contains("E-mail")
			.contains("Enviada")
			.contains(client.phone())
			.contains(client.email());
		browser.screenshot("notifications-admin-log");

		browser.click(By.id("to-settings"));
		assertThat(browser.driver().findElement(By.id("email-password-changed")).isEnabled()).isFalse();
		WebElement whatsApp = browser.driver().findElement(By.id("wa-invoice-paid"));
		assertThat(whatsApp.isSelected()).isTrue();
		whatsApp.click();
		browser.click(By.id("save-switches"));
		assertThat(browser.text("#saved")).isEqualTo("Cambios guardados.");
		assertThat(browser.driver().findElement(By.id("wa-invoice-paid")).isSelected()).isFalse();
		assertThat(browser.driver().findElement(By.id("email-invoice-paid")).isSelected()).isTrue();
		assertThat(browser.driver().findElement(By.id("email-password-changed")).isSelected()).isTrue();
		browser.screenshot("notifications-admin-settings");
		assertThat(owner.get("/api/v1/admin/notifications/settings").body().toString())
			.contains("{\"moment\":\"invoice-paid\",\"essential\":false,\"whatsappTemplate\":\"estante_invoice_paid\","
					+ "\"parameters\":[\"firstName\",\"number\",\"total\",\"link\"],\"whatsapp\":false,\"email\":true}");
	}

	@Test
	void aClientTurnsOffANonEssentialNoticeButNotTheSecurityOnes() {
		var client = signUp(new ApiClient(port), "Walter", "es", uniqueMobile());

		browser.signInClient(client.email(), client.password()).open("/client").click(By.linkText("Avisos"));
		assertThat(browser.text("#phone")).contains(client.phone());
		assertThat(browser.driver().findElement(By.id("edit-phone")).getAttribute("href")).endsWith("/client/account");
		assertThat(browser.driver().findElement(By.id("receive-password-changed")).isEnabled()).isFalse();
		WebElement invoices = browser.driver().findElement(By.id("receive-invoice-created"));
		assertThat(invoices.isSelected()).isTrue();
		invoices.click();
		browser.click(By.id("save-preferences"));

		assertThat(browser.text("#saved")).isEqualTo("Preferencias guardadas.");
		assertThat(browser.driver().findElement(By.id("receive-invoice-created")).isSelected()).isFalse();
		assertThat(browser.driver().findElement(By.id("receive-password-changed")).isSelected()).isTrue();
		assertThat(browser.text("#recent")).contains("Bienvenida (cuenta creada)");
		browser.screenshot("notifications-client-preferences");
		assertThat(client.api().get("/api/v1/me/notification-preferences").body().toString())
			.contains("{\"moment\":\"invoice-created\",\"essential\":false,\"enabled\":false}")
			.contains("{\"moment\":\"password-changed\",\"essential\":true,\"enabled\":true}");
	}

}
