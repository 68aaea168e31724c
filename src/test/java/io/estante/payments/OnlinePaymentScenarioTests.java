package io.estante.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.services.Fixtures;
import io.estante.test.ApiClient;
import io.estante.test.MutableClock;

/**
 * "Once paid, it happens by itself", with the gateway's notification as the only trigger:
 * no staff action between the client paying and the service changing.
 */
@PaymentsIntegrationTest
class OnlinePaymentScenarioTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Test
	void aSuspendedServiceWhoseInvoiceIsPaidThroughStripeIsReactivated() {
		Fixtures fixtures = new Fixtures(port);
		PaymentTestSupport support = new PaymentTestSupport(port);
		var client = new ApiClient(port).signUpClient("Suspendida");
		long product = fixtures.hostingProduct("900.00", "9000.00");
		LocalDate due = LocalDate.now(clock).minusDays(10);
		Map<String, Object> service = new HashMap<>(Map.of("clientId", client.id(), "productId", product,
				"billingCycle", "MONTHLY", "status", "SUSPENDED", "periodStart", due.minusMonths(1).toString(),
				"nextDueDate", due.toString(), "suspensionReason", "NON_PAYMENT"));
		var recorded = fixtures.staff().post("/api/v1/admin/services", service);
		assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(201);
		long serviceId = recorded.id("id");
		var invoice = fixtures.staff()
			.post("/api/v1/admin/invoices",
					Map.of("clientId", client.id(), "currency", "ARS", "dueDate", due.toString(), "lines",
							List.of(Map.of("kind", "RENEWAL", "description", "Hosting mensual", "amount", "900.00",
									"serviceId", serviceId, "periodStart", due.toString(), "periodEnd",
									due.plusMonths(1).toString()))));
		assertThat(invoice.status()).as(invoice.raw().body()).isEqualTo(201);
		long invoiceId = invoice.id("id");

		String session = PaymentTestSupport.checkout(client.api(), invoiceId, "stripe").path("reference").asString();
		var sent = new GatewayNotices(port, clock)
			.stripe(PaymentsTestSetup.STRIPE.event("checkout.session.completed", session, "paid", null));

		assertThat(sent.status()).isEqualTo(200);
		assertThat(support.status(invoiceId)).isEqualTo("PAID");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(client.api().get("/api/v1/services/" + serviceId).text("status"))
				.isEqualTo("ACTIVE"));
		assertThat(client.api().get("/api/v1/services/" + serviceId).text("nextDueDate"))
			.isEqualTo(due.plusMonths(1).toString());
	}

	@Test
	void anUpgradeInvoicePaidThroughMercadoPagoAppliesTheUpgrade() {
		Fixtures fixtures = new Fixtures(port);
		PaymentTestSupport support = new PaymentTestSupport(port);
		var client = new ApiClient(port).signUpClient("Mejora");
		long basic = fixtures.hostingProduct("10.00", "100.00");
		long pro = fixtures.product("HOSTING", Map.of("ANNUALLY", "150.00"));
		var path = fixtures.staff()
			.post("/api/v1/admin/products/" + basic + "/upgrade-paths", Map.of("targetProductId", pro));
		assertThat(path.status()).as(path.raw().body()).isLessThan(300);
		LocalDate start = LocalDate.now(clock).minusMonths(6);
		long serviceId = fixtures.recordService(client.id(), basic, "ANNUALLY", "ACTIVE", start, start.plusYears(1));
		var upgrade = client.api()
			.post("/api/v1/services/" + serviceId + "/upgrades", Map.of("productId", pro, "billingCycle", "ANNUALLY"));
		assertThat(upgrade.status()).as(upgrade.raw().body()).isEqualTo(201);
		long invoiceId = upgrade.id("invoiceId");
		String due = upgrade.text("amountDue");

		PaymentTestSupport.checkout(client.api(), invoiceId, "mercadopago");
		long payment = PaymentsTestSetup.MERCADO_PAGO.payment(invoiceId, due, "ARS", "approved");
		assertThat(new GatewayNotices(port, clock).mercadoPago(payment).status()).isEqualTo(200);

		assertThat(support.status(invoiceId)).isEqualTo("PAID");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(client.api().get("/api/v1/services/" + serviceId).id("productId")).isEqualTo(pro));
	}

}
