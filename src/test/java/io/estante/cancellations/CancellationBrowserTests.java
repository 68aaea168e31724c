package io.estante.cancellations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.Browser;
import io.estante.test.EstanteIntegrationTest;

/**
 * "Cancelar servicio" in a real browser: the plain warnings and both types, a wrong
 * password refused inline, an end-of-period request shown and withdrawn, then an
 * immediate cancellation; staff find the requests in their queue.
 */
@EstanteIntegrationTest
class CancellationBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@BeforeEach
	void at() {
		browser.at(port);
	}

	@Test
	void theClientReadsTheWarningsAndCancelsEitherWay() {
		var setup = new CancellationSetup(port, "Navegante");
		long service = setup.activeService();

		browser.signInClient(setup.client.email(), setup.client.password()).open("/client/services/" + service);
		browser.click(By.id("cancel-link"));
		assertThat(browser.path()).isEqualTo("/client/services/" + service + "/cancel");
		assertThat(browser.text("#warning-refund")).contains("no se devuelve");
		assertThat(browser.text("#warning-deleted")).contains("sitio web")
			.contains("correo")
			.contains("el puerto de una radio")
			.contains("la música")
			.contains("no se puede recuperar");
		assertThat(browser.text("#warning-invoices")).contains("período en curso se deben pagar");
		assertThat(browser.text("#cancel-form"))
			.contains("Al final del período pagado: sigue funcionando hasta el 01/04/2027")
			.contains("Ahora mismo");
		browser.screenshot("cancellations-client-form");

		browser.type("password", "no-es-mi-clave").click(By.id("confirm-cancel"));
		assertThat(browser.text("#cancel-form .field-error")).isEqualTo("La contraseña actual no es correcta.");
		assertThat(browser.text("#service-status")).isEqualTo("Activo");

		browser.type("password", setup.client.password()).click(By.id("confirm-cancel"));
		assertThat(browser.text(".flash")).contains("se cancelará el 01/04/2027");
		assertThat(browser.text("#pending")).contains("01/04/2027");
		browser.screenshot("cancellations-client-pending");
		browser.click(By.id("withdraw"));
		assertThat(browser.text(".flash")).contains("Retiraste el pedido");

		browser.driver().findElement(By.id("type-immediate")).click();
		browser.type("reason", "Ya no lo uso").type("password", setup.client.password()).click(By.id("confirm-cancel"));
		assertThat(browser.text(".flash")).isEqualTo("El servicio quedó cancelado.");
		assertThat(browser.text("#service-status")).isEqualTo("Cancelado");
		assertThat(browser.text("#ended")).contains("no se puede restaurar");
		assertThat(browser.has(By.id("cancel-form"))).isFalse();
		browser.signOut();

		browser.signInStaff(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD)
			.open("/admin/cancellations");
		assertThat(browser.text("#requests")).contains("#" + service).contains("Ya no lo uso").contains("Inmediata");
		assertThat(browser.text("#requests")).contains("Retirada").contains("01/04/2027");
		browser.screenshot("cancellations-admin-queue");
	}

}
