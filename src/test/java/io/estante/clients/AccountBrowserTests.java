package io.estante.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.Browser;
import io.estante.test.EstanteIntegrationTest;

/**
 * The whole account story in headless Chromium, in Spanish and in English: sign up, sign
 * in, edit one's details (a bad phone refused inline, then a good one stored in E.164),
 * staff find and verify the client, the client sees the green shield.
 */
@EstanteIntegrationTest
class AccountBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@BeforeEach
	void at() {
		browser.at(port);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			es | Hola, Mariana | no es un teléfono válido | Guardamos tus datos | Verificar identidad | Verificado
			en | Hello, Mariana | is not a valid phone number | Your details were saved | Verify identity | Verified
			""")
	void signUpEditVerifyAndSeeTheShield(String lang, String greeting, String phoneError, String saved,
			String verifyButton, String verifiedLabel) {
		String email = "mariana-" + lang + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String password = "cuenta-verificada-" + lang + "-2027";
		browser.open("/signup?lang=" + lang)
			.type("firstName", "Mariana")
			.type("lastName", "Suárez")
			.type("email", email)
			.type("password", password)
			.select("language", lang)
			.submit();
		assertThat(browser.path()).startsWith("/login?registered");

		browser.forgetSession().open("/login?lang=es");
		browser.signInClient(email, password);
		assertThat(browser.text("h1")).as("the account's language, after sign-in").isEqualTo(greeting);
		assertThat(browser.has(By.cssSelector(".shield.unverified"))).isTrue();
		assertThat(browser.text("#step-phone")).isNotBlank();
		browser.screenshot("client-dashboard-unverified-" + lang);

		browser.open("/client/account").type("phone", "4444").click(By.id("save-details"));
		assertThat(browser.text(".field-error")).contains(phoneError);
		browser.type("phone", "011 15 4444-" + (1000 + (int) (Math.random() * 8999)))
			.type("confirmPassword", password)
			.click(By.id("save-details"));
		assertThat(browser.text(".flash")).contains(saved);
		assertThat(browser.driver().findElement(By.id("phone")).getAttribute("value")).startsWith("+54911");
		browser.screenshot("client-account-" + lang);

		browser.forgetSession().open("/admin/login?lang=" + lang);
		browser.signInStaff(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD);
		browser.open("/admin/clients?lang=" + lang).type("q", "suarez").submit();
		browser.click(By.xpath("//table[@id='clients']//a[contains(., 'Mariana')][1]"));
		assertThat(browser.text("h1")).contains("Mariana Suárez");
		browser.type("documentId", "1").click(By.id("verify"));
		assertThat(browser.text(".field-error")).isNotBlank();
		browser.type("documentId", ClientVerificationApiTests.freshDocument());
		assertThat(browser.text("#verify")).isEqualTo(verifyButton);
		browser.click(By.id("verify"));
		assertThat(browser.text("#verified")).isEqualTo(verifiedLabel);
		browser.screenshot("admin-client-verified-" + lang);
		browser.open("/admin/clients?q=suarez");
		browser.screenshot("admin-clients-" + lang);

		browser.forgetSession().signInClient(email, password);
		assertThat(browser.text(".shield.verified")).isEqualTo(verifiedLabel);
		assertThat(browser.has(By.id("missing"))).isFalse();
		browser.screenshot("client-dashboard-verified-" + lang);
	}

}
