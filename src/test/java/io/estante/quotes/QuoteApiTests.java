package io.estante.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.MutableClock;
import tools.jackson.databind.JsonNode;

/**
 * Quotes over HTTP: staff write, edit and send one (the client is alerted); the client
 * sees only its own sent quotes, accepts one (its invoice is issued once, however often
 * it asks) or declines one; an expired quote is refused; another client's is a 404.
 */
@EstanteIntegrationTest
class QuoteApiTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	ApiClient staff() {
		return new ApiClient(port).signIn(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD);
	}

	static Map<String, Object> body(long clientId, String validUntil, String... descriptionAndAmount) {
		List<Map<String, String>> lines = new java.util.ArrayList<>();
		for (int i = 0; i < descriptionAndAmount.length; i += 2) {
			lines.add(Map.of("description", descriptionAndAmount[i], "amount", descriptionAndAmount[i + 1]));
		}
		return Map.of("clientId", clientId, "validUntil", validUntil, "lines", lines);
	}

	@Test
	void staffWriteEditAndSendAQuoteTheClientAcceptsIntoOneInvoice() {
		clock.set(LocalDate.of(2027, 5, 3));
		ApiClient staff = staff();
		var client = new ApiClient(port).signUpClient("Presupuestada");
		var created = staff.post("/api/v1/admin/quotes", body(client.id(), "2027-05-31", "Migración del sitio",
				"25000.00", "Configuración de correo", "4999.5"));
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		long id = created.id("id");
		assertThat(created.text("status")).isEqualTo("DRAFT");
		assertThat(created.text("total")).isEqualTo("29999.50");
		assertThat(created.text("currency")).isEqualTo("ARS");
		assertThat(client.api().get("/api/v1/quotes/" + id).status()).as("a draft is staff's").isEqualTo(404);

		var edited = staff.put("/api/v1/admin/quotes/" + id,
				body(client.id(), "2027-05-31", "Migración del sitio", "20000.00"));
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.text("total")).isEqualTo("20000.00");
		var sent = staff.post("/api/v1/admin/quotes/" + id + "/sending", Map.of());
		assertThat(sent.text("status")).isEqualTo("SENT");
		awaitAlert(staff, client.id(), "quote-available");

		ApiClient owner = new ApiClient(port).signIn(client.email(), client.password());
		JsonNode mine = owner.get("/api/v1/quotes").body().path("items");
		assertThat(mine.size()).isEqualTo(1);
		assertThat(mine.get(0).path("number").asString()).isEqualTo("P-%06d".formatted(id));
		assertThat(staff.get("/api/v1/quotes?clientId=" + client.id()).body().path("items").size()).isEqualTo(1);

		var accepted = owner.post("/api/v1/quotes/" + id + "/acceptance", Map.of());
		assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(201);
		assertThat(accepted.text("status")).isEqualTo("ACCEPTED");
		long invoiceId = accepted.id("invoiceId");
		var invoice = owner.get("/api/v1/invoices/" + invoiceId);
		assertThat(invoice.text("status")).isEqualTo("UNPAID");
		assertThat(invoice.body().path("total").asString()).isEqualTo("20000.00");
		JsonNode line = invoice.body().path("lines").get(0);
		assertThat(line.path("kind").asString()).isEqualTo("QUOTE");
		assertThat(line.path("reference").asString()).isEqualTo("quote:" + id);

		var again = owner.post("/api/v1/quotes/" + id + "/acceptance", Map.of());
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.id("invoiceId")).isEqualTo(invoiceId);
		assertThat(owner.get("/api/v1/invoices").body().path("items").size()).isEqualTo(1);
		assertThat(
				staff.put("/api/v1/admin/quotes/" + id, body(client.id(), "2027-05-31", "Otra cosa", "1.00")).status())
			.isEqualTo(409);
		assertThat(owner.post("/api/v1/quotes/" + id + "/declination", Map.of()).status()).isEqualTo(409);
	}

	@Test
	void anExpiredQuoteIsRefusedAndAnotherClientsIsNotFound() {
		clock.set(LocalDate.of(2027, 5, 3));
		var client = new ApiClient(port).signUpClient("Tardia");
		long id = staff().post("/api/v1/admin/quotes", body(client.id(), "2027-05-10", "Diseño", "5000")).id("id");
		staff().post("/api/v1/admin/quotes/" + id + "/sending", Map.of());

		var other = new ApiClient(port).signUpClient("Vecina");
		assertThat(other.api().get("/api/v1/quotes/" + id).status()).isEqualTo(404);
		assertThat(other.api().post("/api/v1/quotes/" + id + "/acceptance", Map.of()).status()).isEqualTo(404);
		assertThat(other.api().post("/api/v1/quotes/" + id + "/declination", Map.of()).status()).isEqualTo(404);
		assertThat(other.api().get("/api/v1/quotes").body().path("items").size()).isZero();

		clock.set(LocalDate.of(2027, 5, 11));
		ApiClient owner = new ApiClient(port).signIn(client.email(), client.password()).inLanguage("en");
		assertThat(owner.get("/api/v1/quotes/" + id).text("status")).isEqualTo("EXPIRED");
		var expired = owner.post("/api/v1/quotes/" + id + "/acceptance", Map.of());
		assertThat(expired.status()).isEqualTo(422);
		assertThat(expired.text("detail")).contains("expired on 2027-05-10");
		assertThat(owner.get("/api/v1/invoices").body().path("items").size()).isZero();
	}

	@Test
	void aClientDeclinesAndBadQuotesAreRefusedWithTheField() {
		var client = new ApiClient(port).signUpClient("Indecisa");
		ApiClient staff = staff();
		String future = LocalDate.now(clock).plusDays(20).toString();
		var noLines = staff.post("/api/v1/admin/quotes",
				Map.of("clientId", client.id(), "validUntil", future, "lines", List.of()));
		assertThat(noLines.status()).isEqualTo(400);
		assertThat(noLines.body().path("errors").get(0).path("field").asString()).isEqualTo("lines");
		var badAmount = staff.post("/api/v1/admin/quotes", body(client.id(), future, "Algo", "-3"));
		assertThat(badAmount.status()).isEqualTo(400);
		var past = staff.post("/api/v1/admin/quotes", body(client.id(), "2020-01-01", "Algo", "3"));
		assertThat(past.body().path("errors").get(0).path("field").asString()).isEqualTo("validUntil");
		var nobody = staff.post("/api/v1/admin/quotes", body(999_999_999L, future, "Algo", "3"));
		assertThat(nobody.body().path("errors").get(0).path("field").asString()).isEqualTo("clientId");
		assertThat(client.api().post("/api/v1/admin/quotes", body(client.id(), future, "Algo", "3")).status())
			.isEqualTo(403);

		long id = staff.post("/api/v1/admin/quotes", body(client.id(), future, "Algo", "3")).id("id");
		assertThat(staff.post("/api/v1/quotes/" + id + "/acceptance", Map.of()).status()).isEqualTo(403);
		staff.post("/api/v1/admin/quotes/" + id + "/sending", Map.of());
		var declined = client.api().post("/api/v1/quotes/" + id + "/declination", Map.of("reason", "Muy caro"));
		assertThat(declined.status()).isEqualTo(200);
		assertThat(declined.text("status")).isEqualTo("DECLINED");
		assertThat(declined.text("declineReason")).isEqualTo("Muy caro");
		assertThat(client.api().post("/api/v1/quotes/" + id + "/acceptance", Map.of()).status()).isEqualTo(409);
	}

	static void awaitAlert(ApiClient staff, long clientId, String moment) {
		await().until(() -> {
			JsonNode list = staff.get("/api/v1/admin/notifications?clientId=" + clientId + "&event=" + moment).body();
			return list.isArray() && !list.isEmpty();
		});
	}

}
