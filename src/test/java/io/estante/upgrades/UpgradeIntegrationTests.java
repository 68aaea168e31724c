package io.estante.upgrades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.estante.billing.InvoicePaid;
import io.estante.billing.InvoiceSummary;
import io.estante.billing.Invoicing;
import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.MutableClock;
import io.estante.upgrades.internal.UpgradeAdministration;
import tools.jackson.databind.JsonNode;

/**
 * The upgrade's life as the manual tells it: options, the request and its invoice, the
 * upgrade applied by itself once staff record the payment, a cancelled invoice voiding
 * it, a second request replacing the first, and a payment after suspension becoming
 * credit.
 */
@EstanteIntegrationTest
class UpgradeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Invoicing invoicing;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UpgradeAdministration administration;

	UpgradeFixtures fixtures;

	ApiClient.SignedUp client;

	long hosting;

	long basic;

	long pro;

	long mini;

	long reseller;

	long service;

	LocalDate start;

	@BeforeEach
	void setUp() {
		fixtures = new UpgradeFixtures(port);
		client = new ApiClient(port).signUpClient("Mejora");
		hosting = fixtures.category("Hosting");
		long resellers = fixtures.category("Reseller");
		basic = fixtures.product(hosting, "Básico", Map.of("MONTHLY", "10.00", "ANNUALLY", "100.00"));
		pro = fixtures.product(hosting, "Pro", Map.of("MONTHLY", "15.00", "ANNUALLY", "150.00"));
		mini = fixtures.product(hosting, "Mini", Map.of("MONTHLY", "5.00", "ANNUALLY", "50.00"));
		reseller = fixtures.product(resellers, "Revendedor", Map.of("MONTHLY", "30.00", "ANNUALLY", "300.00"));
		fixtures.path(basic, pro);
		fixtures.path(basic, mini);
		fixtures.path(basic, reseller);
		// Halfway through a year paid 100.00: the manual's example.
		start = clock.today().minusMonths(6);
		service = fixtures.service(client.id(), basic, "ANNUALLY", "ACTIVE", start, start.plusYears(1), "100.00");
	}

	@Test
	void optionsAreTheDeclaredHigherTargetsByCategoryWithTheAmountDue() {
		var options = client.api().get("/api/v1/services/" + service + "/upgrade-options");

		assertThat(options.status()).as(options.raw().body()).isEqualTo(200);
		assertThat(options.text("policy")).isEqualTo("difference");
		assertThat(options.body().path("possible").asBoolean()).isTrue();
		List<Long> categories = new ArrayList<>();
		options.body().path("categories").forEach(c -> categories.add(c.path("categoryId").asLong()));
		assertThat(categories).hasSize(2).contains(hosting);
		List<Long> targets = new ArrayList<>();
		options.body().path("targets").forEach(t -> targets.add(t.path("productId").asLong()));
		assertThat(targets).containsExactlyInAnyOrder(pro, reseller);
		JsonNode proOption = target(options.body(), pro);
		assertThat(proOption.path("categoryId").asLong()).isEqualTo(hosting);
		// The monthly cycle would be cheaper than what was paid: not offered.
		assertThat(proOption.path("cycles")).hasSize(1);
		JsonNode annual = proOption.path("cycles").get(0);
		assertThat(annual.path("billingCycle").asString()).isEqualTo("ANNUALLY");
		assertThat(annual.path("price").asString()).isEqualTo("150.00");
		assertThat(annual.path("amountDue").asString()).isEqualTo("50.00");
		assertThat(annual.path("nextDueDate").asString()).isEqualTo(start.plusYears(1).toString());
		assertThat(target(options.body(), reseller).path("cycles").get(0).path("amountDue").asString())
			.isEqualTo("200.00");
	}

	@Test
	void payingTheUpgradeInvoiceAppliesItOnceAndTellsProvisioning() {
		var requested = request(pro, "ANNUALLY");
		long upgradeId = requested.id("upgradeId");
		long invoiceId = requested.id("invoiceId");
		assertThat(requested.text("amountDue")).isEqualTo("50.00");
		JsonNode invoice = fixtures.invoice(invoiceId);
		assertThat(invoice.path("status").asString()).isEqualTo("UNPAID");
		assertThat(invoice.path("total").asString()).isEqualTo("50.00");
		JsonNode line = invoice.path("lines").get(0);
		assertThat(line.path("kind").asString()).isEqualTo("UPGRADE");
		assertThat(line.path("reference").asString()).isEqualTo("upgrade:" + upgradeId);
		assertThat(line.path("serviceId").asLong()).isEqualTo(service);

		var paid = fixtures.pay(invoiceId, "50.00", "upg-" + UpgradeFixtures.unique());
		assertThat(paid.status()).as(paid.raw().body()).isEqualTo(201);
		fixtures.awaitUpgrade(client.api(), service, upgradeId, "APPLIED");

		JsonNode after = fixtures.service(service);
		assertThat(after.path("productId").asLong()).isEqualTo(pro);
		assertThat(after.path("billingCycle").asString()).isEqualTo("ANNUALLY");
		assertThat(after.path("amountPaid").asString()).isEqualTo("150.00");
		assertThat(after.path("nextDueDate").asString()).isEqualTo(start.plusYears(1).toString());
		assertThat(changePackageTasks()).isEqualTo(1);

		// The same payment event delivered again changes nothing.
		InvoiceSummary summary = invoicing.find(invoiceId).orElseThrow();
		transactions.executeWithoutResult(tx -> events.publishEvent(new InvoicePaid(invoiceId, client.id(),
				summary.number(), summary.total(), clock.instant(), summary.lines())));
		await().atMost(Duration.ofSeconds(20)).until(() -> pendingSettlements() == 0);
		assertThat(changePackageTasks()).isEqualTo(1);
		assertThat(fixtures.service(service).path("amountPaid").asString()).isEqualTo("150.00");
	}

	@Test
	void aChangeOfCycleRepricesTheCurrentPeriodFromItsFirstDay() {
		LocalDate monthStart = clock.today().minusDays(10);
		long monthly = fixtures.service(client.id(), basic, "MONTHLY", "ACTIVE", monthStart, monthStart.plusMonths(1),
				"10.00");
		var requested = client.api()
			.post("/api/v1/services/" + monthly + "/upgrades", Map.of("productId", pro, "billingCycle", "ANNUALLY"));
		assertThat(requested.status()).as(requested.raw().body()).isEqualTo(201);
		assertThat(requested.text("amountDue")).isEqualTo("140.00");

		fixtures.pay(requested.id("invoiceId"), "140.00", "upg-" + UpgradeFixtures.unique());
		fixtures.awaitUpgrade(client.api(), monthly, requested.id("upgradeId"), "APPLIED");
		JsonNode after = fixtures.service(monthly);
		assertThat(after.path("billingCycle").asString()).isEqualTo("ANNUALLY");
		assertThat(after.path("nextDueDate").asString()).isEqualTo(monthStart.plusYears(1).toString());
		assertThat(after.path("amountPaid").asString()).isEqualTo("150.00");
	}

	@Test
	void aSecondRequestReplacesTheUnpaidOneAndCancelsItsInvoice() {
		var first = request(pro, "ANNUALLY");
		var second = request(reseller, "ANNUALLY");

		assertThat(second.text("amountDue")).isEqualTo("200.00");
		assertThat(fixtures.invoice(first.id("invoiceId")).path("status").asString()).isEqualTo("CANCELLED");
		assertThat(fixtures.invoice(second.id("invoiceId")).path("status").asString()).isEqualTo("UNPAID");
		fixtures.awaitUpgrade(client.api(), service, first.id("upgradeId"), "REPLACED");
		fixtures.awaitUpgrade(client.api(), service, second.id("upgradeId"), "AWAITING_PAYMENT");
		assertThat(client.api().get("/api/v1/invoices?status=UNPAID").body().path("items")).hasSize(1);
	}

	@Test
	void aCancelledInvoiceVoidsTheUpgrade() {
		var requested = request(pro, "ANNUALLY");
		var cancelled = fixtures.staff()
			.post("/api/v1/admin/invoices/" + requested.id("invoiceId") + "/cancellation", Map.of("reason", "test"));
		assertThat(cancelled.status()).as(cancelled.raw().body()).isEqualTo(200);

		fixtures.awaitUpgrade(client.api(), service, requested.id("upgradeId"), "VOID");
		assertThat(fixtures.service(service).path("productId").asLong()).isEqualTo(basic);
		assertThat(request(pro, "ANNUALLY").text("amountDue")).isEqualTo("50.00");
	}

	@Test
	void aPaymentAfterSuspensionBecomesCreditAndWaitsForStaff() {
		var requested = request(pro, "ANNUALLY");
		long upgradeId = requested.id("upgradeId");
		var suspended = fixtures.staff()
			.post("/api/v1/admin/services/" + service + "/suspension", Map.of("reason", "ABUSE"));
		assertThat(suspended.status()).as(suspended.raw().body()).isEqualTo(200);

		fixtures.pay(requested.id("invoiceId"), "50.00", "upg-" + UpgradeFixtures.unique());
		fixtures.awaitUpgrade(client.api(), service, upgradeId, "CREDITED");

		JsonNode after = fixtures.service(service);
		assertThat(after.path("productId").asLong()).isEqualTo(basic);
		assertThat(after.path("status").asString()).isEqualTo("SUSPENDED");
		JsonNode credit = client.api().get("/api/v1/credit").body();
		assertThat(credit.path("balances").get(0).path("amount").asString()).isEqualTo("50.00");
		assertThat(credit.path("entries").get(0).path("reason").asString()).isEqualTo("UNDELIVERED");
		assertThat(administration.board(service).credited()).extracting(u -> u.id()).containsExactly(upgradeId);

		administration.creditedHandled(upgradeId);
		assertThat(administration.board(service).credited()).isEmpty();
	}

	@Test
	void aClientCanAskStaffOnceWhileTheRequestIsOpen() {
		long onMini = fixtures.service(client.id(), mini, "ANNUALLY", "ACTIVE", start, start.plusYears(1), "50.00");
		var options = client.api().get("/api/v1/services/" + onMini + "/upgrade-options");
		assertThat(options.body().path("possible").asBoolean()).isFalse();

		var asked = client.api()
			.post("/api/v1/services/" + onMini + "/upgrade-requests", Map.of("message", "Necesito 50 GB"));
		assertThat(asked.status()).as(asked.raw().body()).isEqualTo(201);
		var again = client.api().post("/api/v1/services/" + onMini + "/upgrade-requests", Map.of("message", "¿Y?"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text("detail")).contains("Ya enviaste un pedido");

		var board = administration.board(onMini);
		assertThat(board.requests()).hasSize(1);
		assertThat(board.requests().get(0).message()).isEqualTo("Necesito 50 GB");
		administration.requestHandled(asked.id("requestId"));
		assertThat(client.api()
			.post("/api/v1/services/" + onMini + "/upgrade-requests", Map.of("message", "Otra vez"))
			.status()).isEqualTo(201);
	}

	private ApiClient.Response request(long productId, String cycle) {
		var response = client.api()
			.post("/api/v1/services/" + service + "/upgrades", Map.of("productId", productId, "billingCycle", cycle));
		assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
		return response;
	}

	private static JsonNode target(JsonNode options, long productId) {
		for (JsonNode t : options.path("targets")) {
			if (t.path("productId").asLong() == productId) {
				return t;
			}
		}
		throw new AssertionError("No target " + productId + " in " + options);
	}

	private long changePackageTasks() {
		long count = 0;
		for (JsonNode task : fixtures.staff()
			.get("/api/v1/admin/provisioning/tasks?serviceId=" + service)
			.body()
			.path("items")) {
			if ("CHANGE_PACKAGE".equals(task.path("action").asString())) {
				count++;
			}
		}
		return count;
	}

	private long pendingSettlements() {
		return jdbc
			.sql("select count(*) from event_publication where listener_id like '%UpgradeSettlement%' "
					+ "and completion_date is null")
			.query(Long.class)
			.single();
	}

}
