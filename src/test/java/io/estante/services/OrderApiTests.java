package io.estante.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.MutableClock;

/**
 * {@code POST /api/v1/orders}: a Pending service and its order invoice; paying the
 * invoice activates the service from the payment date; what cannot be ordered is refused
 * with the field at fault.
 */
@EstanteIntegrationTest
class OrderApiTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(port);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anOrderIsAPendingServiceWithItsInvoiceAndPayingItActivatesTheService() {
		long product = fixtures.hostingProduct("1500.00", "15000.00");
		var client = new ApiClient(port).signUpClient("Ordena");
		clock.set(LocalDate.of(2027, 1, 31));
		ApiClient api = new ApiClient(port).signIn(client.email(), client.password());

		var order = api.post("/api/v1/orders",
				Map.of("productId", product, "billingCycle", "monthly", "domain", "MiTienda.com.ar"));
		assertThat(order.status()).as(order.raw().body()).isEqualTo(201);
		long serviceId = order.id("serviceId");
		long invoiceId = order.id("invoiceId");
		assertThat(order.raw().headers().firstValue("Location")).hasValue("/api/v1/services/" + serviceId);

		var service = api.get("/api/v1/services/" + serviceId);
		assertThat(service.text("status")).isEqualTo("PENDING");
		assertThat(service.text("label")).isEqualTo("mitienda.com.ar");
		assertThat(service.id("dueInvoiceId")).isEqualTo(invoiceId);
		assertThat(service.body().path("nextDueDate").isMissingNode()).isTrue();

		var invoice = api.get("/api/v1/invoices/" + invoiceId);
		assertThat(invoice.text("status")).isEqualTo("UNPAID");
		assertThat(invoice.text("total")).isEqualTo("1500.00");
		assertThat(invoice.text("dueDate")).isEqualTo("2027-01-31");
		var line = invoice.body().path("lines").get(0);
		assertThat(line.path("kind").asString()).isEqualTo("ORDER");
		assertThat(line.path("serviceId").asLong()).isEqualTo(serviceId);
		assertThat(line.path("reference").asString()).isEqualTo("service:" + serviceId);

		clock.set(LocalDate.of(2027, 2, 3));
		ApiClient staff = fixtures.staffOnToday();
		var paid = staff.post("/api/v1/admin/invoices/" + invoiceId + "/payments",
				Map.of("amount", "1500.00", "method", "transfer", "transactionId", "ord-" + UUID.randomUUID()));
		assertThat(paid.status()).as(paid.raw().body()).isEqualTo(201);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> staff.get("/api/v1/services/" + serviceId).text("status").equals("ACTIVE"));
		var active = staff.get("/api/v1/services/" + serviceId);
		assertThat(active.text("periodStart")).isEqualTo("2027-02-03");
		assertThat(active.text("nextDueDate")).isEqualTo("2027-03-03");
		assertThat(active.text("amountPaid")).isEqualTo("1500.00");
		assertThat(active.body().path("dueInvoiceId").isMissingNode()).isTrue();
		var history = staff.get("/api/v1/admin/services/" + serviceId + "/history").body().path("items");
		assertThat(history).extracting(h -> h.path("action").asString()).containsExactly("ACTIVATED", "ORDERED");
	}

	@Test
	void refusesWhatCannotBeOrderedNamingTheField() {
		long product = fixtures.hostingProduct("800.00", "8000.00");
		long domain = fixtures.product("DOMAIN", Map.of("ANNUALLY", "12000.00"));
		ApiClient api = new ApiClient(port).signUpClient("Rechaza").api().inLanguage("en");

		assertRefused(api, order(null, "MONTHLY", null), 400, "productId");
		assertRefused(api, order(product, null, null), 400, "billingCycle");
		assertRefused(api, order(product, "WEEKLY", null), 400, "billingCycle");
		assertRefused(api, order(product, "QUARTERLY", null), 422, "billingCycle");
		assertRefused(api, order(999_999_999L, "MONTHLY", null), 422, "productId");
		assertRefused(api, order(domain, "ANNUALLY", null), 400, "domain");
		assertRefused(api, order(domain, "ANNUALLY", "not a domain"), 400, "domain");
		assertThat(api.post("/api/v1/orders", order(domain, "ANNUALLY", "ejemplo.com")).status()).isEqualTo(201);

		ApiClient staff = fixtures.staff();
		assertThat(staff.patch("/api/v1/admin/products/" + product, Map.of("hidden", true)).status()).isEqualTo(200);
		var hidden = assertRefused(api, order(product, "MONTHLY", null), 422, "productId");
		assertThat(hidden.text("detail")).contains("not");
		assertThat(staff.patch("/api/v1/admin/products/" + product, Map.of("hidden", false, "retired", true)).status())
			.isEqualTo(200);
		assertRefused(api, order(product, "MONTHLY", null), 422, "productId");

		assertThat(staff.post("/api/v1/orders", order(domain, "ANNUALLY", "otro.com")).status()).isEqualTo(403);
		assertThat(new ApiClient(port).post("/api/v1/orders", order(domain, "ANNUALLY", "otro.com")).status())
			.isEqualTo(401);
	}

	private static ApiClient.Response assertRefused(ApiClient api, Map<String, Object> body, int status, String field) {
		var answer = api.post("/api/v1/orders", body);
		assertThat(answer.status()).as(answer.raw().body()).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body().path("errors").get(0).path("field").asString()).isEqualTo(field);
		return answer;
	}

	private static Map<String, Object> order(Long productId, String cycle, String domain) {
		Map<String, Object> body = new HashMap<>();
		body.put("productId", productId);
		body.put("billingCycle", cycle);
		body.put("domain", domain);
		return body;
	}

}
