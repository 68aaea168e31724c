package io.estante.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.WebSession;

/**
 * The client's order page: the products on sale with their prices, refusals beside the
 * field, and an order that lands on its invoice.
 */
@EstanteIntegrationTest
class OrderPageTests {

	@LocalServerPort
	int port;

	@Test
	void clientOrdersFromTheCatalogPageAndLandsOnTheInvoice() {
		Fixtures fixtures = new Fixtures(port);
		long product = fixtures.hostingProduct("2100.00", "21000.00");
		long hidden = fixtures.hostingProduct("50.00", "500.00");
		fixtures.staff().patch("/api/v1/admin/products/" + hidden, Map.of("hidden", true));
		var client = new ApiClient(port).signUpClient("Pagina");
		WebSession web = WebSession.client(port, client.email(), client.password());

		var page = web.get("/client/order");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("data-product=\"" + product + "\"")
			.contains("2.100,00 ARS")
			.doesNotContain("data-product=\"" + hidden + "\"");

		var noCycle = web.post("/client/order", Map.of("productId", String.valueOf(product), "billingCycle", ""));
		assertThat(noCycle.status()).isEqualTo(200);
		assertThat(noCycle.html()).contains("field-error").contains("Elegí un ciclo de facturación.");
		var notOffered = web.post("/client/order",
				Map.of("productId", String.valueOf(product), "billingCycle", "TRIENNIALLY"));
		assertThat(notOffered.html()).contains("no se vende con el ciclo TRIENNIALLY");
		var hiddenOne = web.post("/client/order",
				Map.of("productId", String.valueOf(hidden), "billingCycle", "MONTHLY"));
		assertThat(hiddenOne.html()).contains("no existe o no está a la venta");
		var badDomain = web.post("/client/order",
				Map.of("productId", String.valueOf(product), "billingCycle", "MONTHLY", "domain", "no es dominio"));
		assertThat(badDomain.html()).contains("no es un nombre de dominio válido");

		var placed = web.post("/client/order", Map.of("productId", String.valueOf(product), "billingCycle", "ANNUALLY",
				"domain", "pagina-ordenada.com"));
		assertThat(placed.uri()).matches(".*/client/invoices/\\d+");
		assertThat(placed.html()).contains("21.000,00").contains("pagá la factura");
		var services = fixtures.staff().get("/api/v1/services?clientId=" + client.id()).body().path("items");
		assertThat(services).hasSize(1);
		assertThat(services.get(0).path("status").asString()).isEqualTo("PENDING");
		assertThat(services.get(0).path("label").asString()).isEqualTo("pagina-ordenada.com");
		assertThat(placed.uri()).endsWith("/client/invoices/" + services.get(0).path("dueInvoiceId").asLong());
	}

}
