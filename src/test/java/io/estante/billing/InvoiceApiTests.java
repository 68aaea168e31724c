package io.estante.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Invoices, payments and credit over HTTP, as clients and staff use them. */
@EstanteIntegrationTest
class InvoiceApiTests {

	@LocalServerPort
	int port;

	ApiClient staff;

	ApiClient.SignedUp client;

	@BeforeEach
	void setUp() {
		ApiClient api = new ApiClient(port);
		staff = api.signIn(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD);
		client = api.signUpClient("Facu");
	}

	@Test
	void staffIssuesAnInvoiceTheClientSeesWithItsLinesAndBalance() {
		var issued = issue(client.id(), "1500.50", "250");
		assertThat(issued.status()).isEqualTo(201);
		assertThat(issued.text("status")).isEqualTo("UNPAID");
		assertThat(issued.text("total")).isEqualTo("1750.50");
		assertThat(issued.text("balance")).isEqualTo("1750.50");
		assertThat(issued.text("currency")).isEqualTo("ARS");
		assertThat(issued.text("number")).matches("\\d{8}");
		assertThat(issued.body().path("lines")).hasSize(2);
		assertThat(issued.body().path("lines").path(0).path("amount").asString()).isEqualTo("1500.50");

		var mine = client.api().get("/api/v1/invoices");
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.body().path("items")).hasSize(1);
		JsonNode listed = mine.body().path("items").path(0);
		assertThat(listed.path("id").asLong()).isEqualTo(issued.id("id"));
		assertThat(listed.path("lines")).hasSize(2);
		assertThat(listed.path("dueDate").asString()).isEqualTo("2027-03-01");

		var one = client.api().get("/api/v1/invoices/" + issued.id("id"));
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.text("clientId")).isEqualTo(String.valueOf(client.id()));
	}

	@Test
	void aClientNeverSeesAnotherClientsInvoiceAndStaffFiltersByClient() {
		long invoice = issue(client.id(), "100").id("id");
		var other = new ApiClient(port).signUpClient("Otro");
		assertThat(other.api().get("/api/v1/invoices/" + invoice).status()).isEqualTo(404);
		assertThat(other.api().get("/api/v1/invoices").body().path("items")).isEmpty();
		assertThat(other.api().get("/api/v1/invoices?clientId=" + client.id()).body().path("items")).isEmpty();
		assertThat(other.api()
			.post("/api/v1/admin/invoices/" + invoice + "/payments",
					Map.of("amount", "100", "method", "cash", "transactionId", "x"))
			.status()).isEqualTo(403);

		var byStaff = staff.get("/api/v1/invoices?clientId=" + client.id());
		assertThat(byStaff.body().path("items")).extracting(n -> n.path("id").asLong()).containsExactly(invoice);
		assertThat(staff.get("/api/v1/invoices/" + invoice).status()).isEqualTo(200);
	}

	@Test
	void listsArePaginatedNewestFirstWithACursor() {
		long first = issue(client.id(), "1").id("id");
		long second = issue(client.id(), "2").id("id");
		long third = issue(client.id(), "3").id("id");
		var page1 = client.api().get("/api/v1/invoices?limit=2");
		assertThat(page1.body().path("items")).extracting(n -> n.path("id").asLong()).containsExactly(third, second);
		long cursor = page1.body().path("nextCursor").asLong();
		var page2 = client.api().get("/api/v1/invoices?limit=2&before=" + cursor);
		assertThat(page2.body().path("items")).extracting(n -> n.path("id").asLong()).containsExactly(first);
		assertThat(page2.body().path("nextCursor").isMissingNode() || page2.body().path("nextCursor").isNull())
			.isTrue();
		var byNumber = staff
			.get("/api/v1/invoices?number=" + Long.parseLong(staff.get("/api/v1/invoices/" + second).text("number")));
		assertThat(byNumber.body().path("items")).extracting(n -> n.path("id").asLong()).containsExactly(second);
		assertThat(staff.get("/api/v1/invoices?status=NOPE").status()).isEqualTo(400);
	}

	@Test
	void aPartialPaymentLeavesTheBalanceAndTheSameTransactionAgainChangesNothing() {
		long invoice = issue(client.id(), "1000").id("id");
		String tx = "tx-" + UUID.randomUUID();
		var first = pay(invoice, "400", "bank-transfer", tx);
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.text("invoiceStatus")).isEqualTo("UNPAID");
		assertThat(first.text("balance")).isEqualTo("600.00");
		assertThat(first.body().path("duplicate").asBoolean()).isFalse();

		var again = pay(invoice, "400", "bank-transfer", tx);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().path("duplicate").asBoolean()).isTrue();
		assertThat(again.id("paymentId")).isEqualTo(first.id("paymentId"));
		assertThat(again.text("balance")).isEqualTo("600.00");

		var rest = pay(invoice, "600.00", "bank-transfer", tx + "-2");
		assertThat(rest.text("invoiceStatus")).isEqualTo("PAID");
		assertThat(rest.text("balance")).isEqualTo("0.00");
		var paid = client.api().get("/api/v1/invoices/" + invoice);
		assertThat(paid.text("status")).isEqualTo("PAID");
		assertThat(paid.text("amountPaid")).isEqualTo("1000.00");
		assertThat(paid.body().path("payments")).hasSize(2);
	}

	@Test
	void overpaymentsAndPaymentsOnClosedInvoicesBecomeCreditThatStaffCanApply() {
		long paidOne = issue(client.id(), "100").id("id");
		var over = pay(paidOne, "150", "cash", "c-" + UUID.randomUUID());
		assertThat(over.text("invoiceStatus")).isEqualTo("PAID");
		assertThat(over.text("credited")).isEqualTo("50.00");
		var late = pay(paidOne, "30", "cash", "c-" + UUID.randomUUID());
		assertThat(late.text("credited")).isEqualTo("30.00");

		var credit = client.api().get("/api/v1/credit");
		assertThat(credit.body().path("balances").path(0).path("amount").asString()).isEqualTo("80.00");
		assertThat(credit.body().path("entries")).hasSize(2);

		long next = issue(client.id(), "200").id("id");
		var applied = staff.post("/api/v1/admin/invoices/" + next + "/credit-applications", Map.of());
		assertThat(applied.status()).isEqualTo(201);
		assertThat(applied.text("balance")).isEqualTo("120.00");
		assertThat(staff.get("/api/v1/credit?clientId=" + client.id())
			.body()
			.path("balances")
			.path(0)
			.path("amount")
			.asString()).isEqualTo("0.00");
		var none = staff.post("/api/v1/admin/invoices/" + next + "/credit-applications", Map.of());
		assertThat(none.status()).isEqualTo(422);
	}

	@Test
	void cancellingAPartlyPaidInvoiceCreditsWhatWasPaidAndAPaidOneCannotBeCancelled() {
		long invoice = issue(client.id(), "500").id("id");
		pay(invoice, "120", "cash", "p-" + UUID.randomUUID());
		var cancelled = staff.post("/api/v1/admin/invoices/" + invoice + "/cancellation", Map.of("reason", "pedido"));
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
		assertThat(cancelled.text("balance")).isEqualTo("0.00");
		assertThat(client.api().get("/api/v1/credit").body().path("balances").path(0).path("amount").asString())
			.isEqualTo("120.00");
		assertThat(staff.post("/api/v1/admin/invoices/" + invoice + "/cancellation", Map.of()).status()).isEqualTo(200);

		long paid = issue(client.id(), "10").id("id");
		pay(paid, "10", "cash", "p-" + UUID.randomUUID());
		assertThat(staff.post("/api/v1/admin/invoices/" + paid + "/cancellation", Map.of()).status()).isEqualTo(409);
	}

	@Test
	void refusesBadPaymentsAndDraftsWithTheFieldAtFault() {
		long invoice = issue(client.id(), "100").id("id");
		ApiClient english = staff.inLanguage("en");
		assertThat(field(english.post("/api/v1/admin/invoices/" + invoice + "/payments",
				Map.of("amount", "10.001", "method", "cash", "transactionId", "t1"))))
			.isEqualTo("amount");
		assertThat(field(english.post("/api/v1/admin/invoices/" + invoice + "/payments",
				Map.of("amount", "0", "method", "cash", "transactionId", "t1"))))
			.isEqualTo("amount");
		assertThat(field(english.post("/api/v1/admin/invoices/" + invoice + "/payments",
				Map.of("amount", "10", "method", "cash", "transactionId", " "))))
			.isEqualTo("transactionId");
		assertThat(field(english.post("/api/v1/admin/invoices/" + invoice + "/payments",
				Map.of("amount", "10", "method", "Credit Card!", "transactionId", "t1"))))
			.isEqualTo("method");
		assertThat(field(english.post("/api/v1/admin/invoices/" + invoice + "/payments",
				Map.of("amount", "10", "method", "credit", "transactionId", "t1"))))
			.isEqualTo("method");
		var currency = english.post("/api/v1/admin/invoices/" + invoice + "/payments",
				Map.of("amount", "10", "currency", "USD", "method", "cash", "transactionId", "t1"));
		assertThat(currency.status()).isEqualTo(422);
		assertThat(currency.text("detail")).contains("USD").contains("ARS");
		assertThat(english
			.post("/api/v1/admin/invoices/999999/payments",
					Map.of("amount", "10", "method", "cash", "transactionId", "t1"))
			.status()).isEqualTo(404);

		assertThat(field(english.post("/api/v1/admin/invoices",
				Map.of("clientId", client.id(), "currency", "ARS", "dueDate", "2027-03-01", "lines", List.of()))))
			.isEqualTo("lines");
		assertThat(field(english.post("/api/v1/admin/invoices", Map.of("clientId", client.id(), "currency", "ARS",
				"dueDate", "2027-03-01", "lines", List.of(Map.of("description", "x", "amount", "-5"))))))
			.isEqualTo("lines");
		var missing = english.post("/api/v1/admin/invoices", Map.of("clientId", 987_654, "currency", "ARS", "dueDate",
				"2027-03-01", "lines", List.of(Map.of("description", "x", "amount", "5"))));
		assertThat(missing.status()).isEqualTo(422);
	}

	private ApiClient.Response issue(long clientId, String... amounts) {
		List<Map<String, Object>> lines = new java.util.ArrayList<>();
		for (String amount : amounts) {
			lines.add(Map.of("kind", "OTHER", "description", "Cargo " + amount, "amount", amount));
		}
		var response = staff.post("/api/v1/admin/invoices", Map.of("clientId", clientId, "currency", "ARS", "dueDate",
				LocalDate.of(2027, 3, 1).toString(), "lines", lines));
		assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
		return response;
	}

	private ApiClient.Response pay(long invoice, String amount, String method, String tx) {
		return staff.post("/api/v1/admin/invoices/" + invoice + "/payments",
				Map.of("amount", amount, "method", method, "transactionId", tx));
	}

	private static String field(ApiClient.Response response) {
		assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
		return response.body().path("errors").path(0).path("field").asString();
	}

}
