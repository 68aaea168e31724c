package io.estante.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import io.estante.billing.InvoicePaid;
import io.estante.billing.InvoiceSummary;
import io.estante.billing.Invoicing;
import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.MutableClock;

/**
 * A service's life as the manual tells it, through the API and the daily run: order → pay
 * → days pass → renewal invoice → unpaid → suspended → pay → reactivated and renewed. Its
 * own database: the daily run acts on every service there is.
 */
@EstanteIntegrationTest
@TestPropertySource(properties = "estante.automation.cron=-")
class ServiceLifecycleScenarioTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Invoicing invoicing;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void orderPayRenewSuspendPayReactivate() {
		Fixtures fixtures = new Fixtures(port);
		long product = fixtures.hostingProduct("1000.00", "10000.00");
		var signedUp = new ApiClient(port).signUpClient("Manual");

		// The client orders a monthly plan on 1 March: Pending, with its order invoice.
		day("2028-03-01");
		var order = client(signedUp).post("/api/v1/orders", Map.of("productId", product, "billingCycle", "MONTHLY"));
		assertThat(order.status()).as(order.raw().body()).isEqualTo(201);
		long service = order.id("serviceId");
		assertThat(service(service).text("status")).isEqualTo("PENDING");

		// Staff record the transfer the same day: the service starts, paid until 1 April.
		pay(order.id("invoiceId"), "1000.00");
		await().atMost(Duration.ofSeconds(20)).until(() -> service(service).text("status").equals("ACTIVE"));
		assertThat(service(service).text("nextDueDate")).isEqualTo("2028-04-01");

		// Fourteen days before the due date the daily run issues the renewal, once.
		day("2028-03-17");
		assertThat(run().path("renewal-invoices").asLong()).isZero();
		day("2028-03-18");
		assertThat(run().path("renewal-invoices").asLong()).isEqualTo(1);
		assertThat(run().path("renewal-invoices").asLong()).isZero();
		long renewal = service(service).id("dueInvoiceId");
		var invoice = staff().get("/api/v1/invoices/" + renewal);
		assertThat(invoice.text("dueDate")).isEqualTo("2028-04-01");
		assertThat(invoice.body().path("lines").get(0).path("kind").asString()).isEqualTo("RENEWAL");
		assertThat(invoice.body().path("lines").get(0).path("periodEnd").asString()).isEqualTo("2028-05-01");

		// Unpaid: four days overdue it still works, five days overdue it is suspended.
		day("2028-04-05");
		assertThat(run().path("service-suspensions").asLong()).isZero();
		assertThat(service(service).text("status")).isEqualTo("ACTIVE");
		day("2028-04-06");
		assertThat(run().path("service-suspensions").asLong()).isEqualTo(1);
		assertThat(service(service).text("status")).isEqualTo("SUSPENDED");
		assertThat(service(service).text("suspensionReason")).isEqualTo("NON_PAYMENT");

		// The client pays: the service works again, renewed to 1 May.
		day("2028-04-08");
		pay(renewal, "1000.00");
		await().atMost(Duration.ofSeconds(20)).until(() -> service(service).text("status").equals("ACTIVE"));
		var renewed = service(service);
		assertThat(renewed.text("periodStart")).isEqualTo("2028-04-01");
		assertThat(renewed.text("nextDueDate")).isEqualTo("2028-05-01");
		assertThat(renewed.body().path("dueInvoiceId").isMissingNode()).isTrue();
		assertThat(history(service)).startsWith("REACTIVATED", "RENEWED", "SUSPENDED", "ACTIVATED", "ORDERED");

		// The same payment announced again (a redelivered event) changes nothing.
		InvoiceSummary paid = invoicing.find(renewal).orElseThrow();
		tx.executeWithoutResult(s -> events.publishEvent(
				new InvoicePaid(renewal, paid.clientId(), paid.number(), paid.total(), clock.instant(), paid.lines())));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from event_publication where listener_id like '%InvoiceSettlement%'")
				.query(Long.class)
				.single() == 0);
		assertThat(service(service).text("nextDueDate")).isEqualTo("2028-05-01");
		assertThat(history(service)).startsWith("REACTIVATED", "RENEWED", "SUSPENDED");
	}

	private void day(String date) {
		clock.set(LocalDate.parse(date));
	}

	private tools.jackson.databind.JsonNode run() {
		var run = staff().post("/api/v1/admin/automation/runs", Map.of());
		assertThat(run.status()).as(run.raw().body()).isEqualTo(201);
		assertThat(run.text("status")).isEqualTo("COMPLETED");
		return run.body().path("counts");
	}

	private void pay(long invoiceId, String amount) {
		var paid = staff().post("/api/v1/admin/invoices/" + invoiceId + "/payments",
				Map.of("amount", amount, "method", "transfer", "transactionId", "tx-" + UUID.randomUUID()));
		assertThat(paid.status()).as(paid.raw().body()).isEqualTo(201);
	}

	private ApiClient.Response service(long id) {
		return staff().get("/api/v1/services/" + id);
	}

	private java.util.List<String> history(long id) {
		return staff().get("/api/v1/admin/services/" + id + "/history")
			.body()
			.path("items")
			.valueStream()
			.map(h -> h.path("action").asString())
			.toList();
	}

	// Bearer tokens expire as the clock moves: sign in on the day.
	private ApiClient staff() {
		return new ApiClient(port).signIn(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD);
	}

	private ApiClient client(ApiClient.SignedUp signedUp) {
		return new ApiClient(port).signIn(signedUp.email(), signedUp.password());
	}

}
