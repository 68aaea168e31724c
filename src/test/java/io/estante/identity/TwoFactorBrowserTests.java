package io.estante.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.identity.internal.Totp;
import io.estante.test.ApiClient;
import io.estante.test.Browser;
import io.estante.test.EstanteIntegrationTest;

/**
 * A client turns on two-factor sign-in in a real browser, computing the code from the
 * secret the page shows (as an authenticator app would), signs out and signs in again
 * with a code.
 */
@EstanteIntegrationTest
class TwoFactorBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@BeforeEach
	void at() {
		browser.at(port);
	}

	@Test
	void aClientEnrolsSignsOutAndSignsInAgainWithACode() {
		var client = new ApiClient(port).signUpClient("Lucia");
		browser.signInClient(client.email(), client.password());
		browser.open("/client/security");
		browser.click(By.id("enrol"));
		assertThat(browser.has(By.cssSelector(".qr-box svg"))).isTrue();
		browser.screenshot("two-factor-enrol");
		String secret = browser.text("#secret");

		browser.type("code", Totp.code(secret, Totp.step(Instant.now())));
		browser.click(By.id("confirm"));
		assertThat(browser.all(By.cssSelector("#recovery-codes li"))).hasSize(10);
		browser.screenshot("two-factor-recovery-codes");

		browser.signOut();
		browser.open("/login");
		browser.type("username", client.email());
		browser.type("password", client.password());
		browser.submit();
		assertThat(browser.path()).startsWith("/login/code");
		browser.type("code", "000000");
		browser.submit();
		assertThat(browser.text("main")).contains("no es correcto");

		// The next step's code: the current one was spent on the confirmation.
		browser.type("code", Totp.code(secret, Totp.step(Instant.now()) + 1));
		browser.submit();
		assertThat(browser.path()).startsWith("/client");
		browser.open("/client/security");
		assertThat(browser.text("main")).contains("está activada");
		browser.screenshot("two-factor-on");
	}

	@Test
	void signInThroughTheFormsHelperAnswersTheCodeStep() {
		var client = new ApiClient(port).signUpClient("Marcos");
		String secret = TwoFactorSupport.enrol(client.api(), Instant.now()).secret();
		browser.signInClient(client.email(), client.password(), () -> Totp.code(secret, Totp.step(Instant.now()) + 1));
		assertThat(browser.path()).startsWith("/client");
	}

}
