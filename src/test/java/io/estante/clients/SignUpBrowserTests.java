package io.estante.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.Browser;
import io.estante.test.EstanteIntegrationTest;

/** A person signs up and signs in through the real pages, in headless Chromium. */
@EstanteIntegrationTest
class SignUpBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@BeforeEach
	void at() {
		browser.at(port);
	}

	@Test
	void signsUpWithTheFormAndSignsIn() {
		String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		browser.open("/signup");
		assertThat(browser.text("h1")).isEqualTo("Crear cuenta");
		browser.type("firstName", "Lucía")
			.type("lastName", "Gómez")
			.type("email", email)
			.type("phone", "11 5555-0101")
			.type("password", "yerba-mate-2026!");
		browser.screenshot("client-signup-es");
		browser.submit();

		assertThat(browser.path()).startsWith("/login");
		assertThat(browser.text(".notice.ok")).contains("Tu cuenta fue creada");
		browser.signInClient(email.toUpperCase(), "yerba-mate-2026!");
		assertThat(browser.path()).isEqualTo("/client");
		assertThat(browser.text("h1")).isEqualTo("Hola, Lucía");
		assertThat(browser.has(By.cssSelector(".shield.unverified"))).isTrue();
	}

	@Test
	void showsTheDuplicateEmailNextToTheField() {
		String email = "dup-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		for (int i = 0; i < 2; i++) {
			browser.open("/signup")
				.type("firstName", "Dos")
				.type("lastName", "Veces")
				.type("email", i == 0 ? email : email.toUpperCase())
				.type("password", "otra-clave-segura-7")
				.submit();
		}
		assertThat(browser.path()).startsWith("/signup");
		assertThat(browser.text(".field-error")).contains("Ya existe una cuenta");
	}

}
