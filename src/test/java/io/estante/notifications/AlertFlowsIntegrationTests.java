package io.estante.notifications;

import static io.estante.notifications.NotificationTestSupport.signUp;
import static io.estante.notifications.NotificationTestSupport.uniqueMobile;
import static io.estante.notifications.NotificationsTestSetup.WHATSAPP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.services.Fixtures;
import io.estante.test.ApiClient;
import io.estante.test.FakeWhatsAppApi;
import io.estante.test.MutableClock;

/**
 * The billing, services, quote and domain moments triggered through the real flows (the
 * API a client and staff use), not by publishing their events: each yields its template
 * with the values of the record that caused it, in the client's language.
 */
@NotificationsIntegrationTest
class AlertFlowsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Test
	void orderPaySuspendReactivateAndCancelAlertTheClientAtEachStep() {
		String phone = uniqueMobile();
		var client = signUp(new ApiClient(port), "Irene", "es", phone);
		Fixtures fixtures = new Fixtures(port);
		ApiClient staff = fixtures.staff();
		long product = fixtures.hostingProduct("1500.00", "15000.00");

		var order = client.api().post("/api/v1/orders", Map.of("productId", product, "billingCycle", "MONTHLY"));
		assertThat(order.status()).as(order.raw().body()).isEqualTo(201);
		long serviceId = order.id("serviceId");
		long invoiceId = order.id("invoiceId");
		String number = client.api().get("/api/v1/invoices/" + invoiceId).text("number");
		List<String> created = onlyMessageTo(phone, "estante_invoice_created").parameters();
		assertThat(created).hasSize(5).startsWith("Irene", number, "1.500,00 ARS");
		assertThat(created.get(4)).isEqualTo("https://panel.estante.test/client/invoices/" + invoiceId);

		var paid = staff.post("/api/v1/admin/invoices/" + invoiceId + "/payments",
				Map.of("amount", "1500.00", "method", "bank-transfer", "transactionId", "flow-" + UUID.randomUUID()));
		assertThat(paid.status()).as(paid.raw().body()).isIn(200, 201);
		assertThat(onlyMessageTo(phone, "estante_invoice_paid").parameters()).containsExactly("Irene", number,
				"1.500,00 ARS", "https://panel.estante.test/client/invoices/" + invoiceId);

		assertThat(
				staff.post("/api/v1/admin/services/" + serviceId + "/suspension", Map.of("reason", "ABUSE")).status())
			.isEqualTo(200);
		List<String> suspended = onlyMessageTo(phone, "estante_service_suspended").parameters();
		assertThat(suspended.get(0)).isEqualTo("Irene");
		assertThat(suspended).hasSize(4);

		assertThat(staff.post("/api/v1/admin/services/" + serviceId + "/reactivation", Map.of("reason", "ok")).status())
			.isEqualTo(200);
		assertThat(onlyMessageTo(phone, "estante_service_reactivated").parameters().get(0)).isEqualTo("Irene");

		var cancelled = client.api()
			.post("/api/v1/services/" + serviceId + "/cancellation",
					Map.of("type", "IMMEDIATE", "reason", "Ya no lo uso", "password", client.password()));
		assertThat(cancelled.status()).as(cancelled.raw().body()).isIn(200, 201);
		assertThat(onlyMessageTo(phone, "estante_service_cancelled").parameters().get(0)).isEqualTo("Irene");
	}

	@Test
	void cancelledInvoiceTerminatedServiceQuoteAndDeletedDomainAlertTheClient() {
		String phone = uniqueMobile();
		var client = signUp(new ApiClient(port), "Julian", "en", phone);
		Fixtures fixtures = new Fixtures(port);
		ApiClient staff = fixtures.staff();
		LocalDate today = LocalDate.now(clock);

		var order = client.api()
			.post("/api/v1/orders",
					Map.of("productId", fixtures.hostingProduct("800.00", "8000.00"), "billingCycle", "MONTHLY"));
		assertThat(order.status()).as(order.raw().body()).isEqualTo(201);
		long invoiceId = order.id("invoiceId");
		assertThat(staff.post("/api/v1/admin/invoices/" + invoiceId + "/cancellation", Map.of("reason", "on-request"))
			.status()).isEqualTo(200);
		FakeWhatsAppApi.Message invoiceCancelled = onlyMessageTo(phone, "estante_invoice_cancelled");
		assertThat(invoiceCancelled.language()).isEqualTo("en");
		assertThat(invoiceCancelled.parameters().get(0)).isEqualTo("Julian");

		long radio = fixtures.recordService(client.id(), fixtures.product("RADIO", Map.of("MONTHLY", "900.00")),
				"MONTHLY", "ACTIVE", today.minusDays(10), today.plusDays(20));
		assertThat(staff.post("/api/v1/admin/services/" + radio + "/termination", Map.of("reason", "fraud")).status())
			.isEqualTo(200);
		assertThat(onlyMessageTo(phone, "estante_service_terminated").parameters().get(0)).isEqualTo("Julian");

		var quote = staff.post("/api/v1/admin/quotes", Map.of("clientId", client.id(), "validUntil",
				today.plusDays(30).toString(), "lines", List.of(Map.of("description", "Migration", "amount", "700"))));
		assertThat(quote.status()).as(quote.raw().body()).isEqualTo(201);
		assertThat(staff.post("/api/v1/admin/quotes/" + quote.id("id") + "/sending", Map.of()).status()).isEqualTo(200);
		List<String> quoted = onlyMessageTo(phone, "estante_quote_available").parameters();
		assertThat(quoted).hasSize(5).startsWith("Julian");
		assertThat(quoted.get(4)).endsWith("/client/quotes/" + quote.id("id"));

		String name = "julian-" + client.id() + ".com.ar";
		var domain = staff.post("/api/v1/admin/services",
				Map.of("clientId", client.id(), "productId", fixtures.product("DOMAIN", Map.of("ANNUALLY", "9000.00")),
						"billingCycle", "ANNUALLY", "status", "ACTIVE", "periodStart", today.toString(), "nextDueDate",
						today.plusYears(1).toString(), "domain", name));
		assertThat(domain.status()).as(domain.raw().body()).isEqualTo(201);
		assertThat(staff.delete("/api/v1/admin/services/" + domain.id("id")).status()).isEqualTo(204);
		assertThat(onlyMessageTo(phone, "estante_domain_deleted").parameters()).containsExactly("Julian", name,
				"https://panel.estante.test/client/account");
	}

	@Test
	void renewalInvoicesOfOneDailyRunBatchAlertEachClientOnce() {
		Fixtures fixtures = new Fixtures(port);
		ApiClient staff = fixtures.staff();
		LocalDate today = LocalDate.now(clock);
		long product = fixtures.product("RADIO", Map.of("MONTHLY", "650.00"));
		String lauraPhone = uniqueMobile();
		String tomasPhone = uniqueMobile();
		var laura = signUp(new ApiClient(port), "Laura", "es", lauraPhone);
		var tomas = signUp(new ApiClient(port), "Tomas", "en", tomasPhone);
		fixtures.recordService(laura.id(), product, "MONTHLY", "ACTIVE", today.minusDays(27), today.plusDays(3));
		fixtures.recordService(tomas.id(), product, "MONTHLY", "ACTIVE", today.minusDays(27), today.plusDays(3));

		var run = staff.post("/api/v1/admin/automation/runs", Map.of());
		assertThat(run.status()).as(run.raw().body()).isIn(200, 201);

		// Both invoices were issued in one batch, published as one InvoicesCreated.
		List<String> toLaura = onlyMessageTo(lauraPhone, "estante_invoice_created").parameters();
		assertThat(toLaura).hasSize(5).startsWith("Laura");
		assertThat(toLaura.get(2)).isEqualTo("650,00 ARS");
		List<String> toTomas = onlyMessageTo(tomasPhone, "estante_invoice_created").parameters();
		assertThat(toTomas).hasSize(5).startsWith("Tomas");
		assertThat(toTomas.get(2)).isEqualTo("650.00 ARS");
		assertThat(toLaura.get(4)).isNotEqualTo(toTomas.get(4)).contains("/client/invoices/");
	}

	@Test
	void suspensionsOfOneDailyRunBatchAlertEachClientOnce() {
		Fixtures fixtures = new Fixtures(port);
		ApiClient staff = fixtures.staff();
		LocalDate today = LocalDate.now(clock);
		long product = fixtures.product("RADIO", Map.of("MONTHLY", "700.00"));
		String martaPhone = uniqueMobile();
		String pabloPhone = uniqueMobile();
		for (var client : List.of(signUp(new ApiClient(port), "Marta", "es", martaPhone),
				signUp(new ApiClient(port), "Pablo", "es", pabloPhone))) {
			long service = fixtures.recordService(client.id(), product, "MONTHLY", "ACTIVE", today.minusDays(40),
					today.minusDays(10));
			var overdue = staff.post("/api/v1/admin/invoices",
					Map.of("clientId", client.id(), "currency", "ARS", "dueDate", today.minusDays(10).toString(),
							"lines",
							List.of(Map.of("kind", "RENEWAL", "description", "Radio", "amount", "700.00", "serviceId",
									service, "periodStart", today.minusDays(10).toString(), "periodEnd",
									today.plusDays(20).toString()))));
			assertThat(overdue.status()).as(overdue.raw().body()).isEqualTo(201);
		}

		var run = staff.post("/api/v1/admin/automation/runs", Map.of());
		assertThat(run.status()).as(run.raw().body()).isIn(200, 201);

		// Both suspensions were made in one batch, published as one ServicesSuspended.
		assertThat(onlyMessageTo(martaPhone, "estante_service_suspended").parameters().get(0)).isEqualTo("Marta");
		assertThat(onlyMessageTo(pabloPhone, "estante_service_suspended").parameters().get(0)).isEqualTo("Pablo");
	}

	private static FakeWhatsAppApi.Message onlyMessageTo(String phone, String template) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> WHATSAPP.acceptedFor(phone).stream().anyMatch(m -> m.template().equals(template)));
		List<FakeWhatsAppApi.Message> matching = WHATSAPP.acceptedFor(phone)
			.stream()
			.filter(m -> m.template().equals(template))
			.toList();
		assertThat(matching).as("one %s message to %s", template, phone).hasSize(1);
		return matching.getFirst();
	}

}
