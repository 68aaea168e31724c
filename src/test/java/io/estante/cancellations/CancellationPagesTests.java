package io.estante.cancellations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.WebSession;

/**
 * The cancellation pages over HTTP: staff cancel on the owner's behalf (the reason is
 * required, inline), domains show no cancel form, someone else's service is a 404.
 */
@EstanteIntegrationTest
class CancellationPagesTests {

	@LocalServerPort
	int port;

	@Test
	void staffCancelOnBehalfWithAReasonShownInline() {
		var setup = new CancellationSetup(port, "Telefonica");
		long service = setup.activeService();
		WebSession web = WebSession.staff(port, EstanteIntegrationTest.OWNER_EMAIL,
				EstanteIntegrationTest.OWNER_PASSWORD);

		assertThat(web.get("/admin/services/" + service).html()).contains("/admin/services/" + service + "/cancel");
		var form = web.get("/admin/services/" + service + "/cancel");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.html()).contains("id=\"cancel-form\"");

		var refused = web.post("/admin/services/" + service + "/cancel", Map.of("type", "END_OF_PERIOD", "reason", ""));
		assertThat(refused.html()).contains("class=\"field-error\"").contains("Escribí el motivo de la cancelación.");
		assertThat(setup.serviceStatus(service)).isEqualTo("ACTIVE");

		var done = web.post("/admin/services/" + service + "/cancel",
				Map.of("type", "END_OF_PERIOD", "reason", "Pidió la baja por teléfono"));
		assertThat(done.uri()).endsWith("/admin/cancellations");
		assertThat(done.html()).contains("se cancelará el 01/04/2027").contains("Pidió la baja por teléfono");
		assertThat(web.get("/admin/cancellations?status=PENDING").html()).contains("request-");
	}

	@Test
	void aDomainHasNoCancelButtonAndOthersSeeNothing() {
		var setup = new CancellationSetup(port, "Dominante");
		long domainProduct = setup.fixtures.product("DOMAIN", Map.of("ANNUALLY", "9000.00"));
		long domain = setup.fixtures.staff()
			.post("/api/v1/admin/services",
					Map.of("clientId", setup.client.id(), "productId", domainProduct, "billingCycle", "ANNUALLY",
							"status", "ACTIVE", "periodStart", "2027-01-10", "nextDueDate", "2028-01-10", "domain",
							"pagina-" + setup.client.id() + ".com.ar"))
			.id("id");
		long hosting = setup.activeService();
		WebSession web = WebSession.client(port, setup.client.email(), setup.client.password());

		assertThat(web.get("/client/services/" + domain).html()).doesNotContain("id=\"cancel-link\"");
		assertThat(web.get("/client/services/" + hosting).html()).contains("id=\"cancel-link\"");
		var page = web.get("/client/services/" + domain + "/cancel");
		assertThat(page.html()).contains("Los dominios no se pueden cancelar").doesNotContain("id=\"cancel-form\"");
		var refused = web.post("/client/services/" + domain + "/cancel",
				Map.of("type", "IMMEDIATE", "password", setup.client.password()));
		assertThat(refused.html()).contains("se paga por adelantado al registro");
		assertThat(setup.serviceStatus(domain)).isEqualTo("ACTIVE");

		ApiClient.SignedUp other = new ApiClient(port).signUpClient("Curiosa");
		WebSession stranger = WebSession.client(port, other.email(), other.password());
		assertThat(stranger.get("/client/services/" + hosting + "/cancel").status()).isEqualTo(404);
		assertThat(stranger
			.post("/client/services/" + hosting + "/cancel", Map.of("type", "IMMEDIATE", "password", other.password()))
			.status()).isEqualTo(404);
		assertThat(setup.serviceStatus(hosting)).isEqualTo("ACTIVE");
	}

}
