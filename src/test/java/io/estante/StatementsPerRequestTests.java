package io.estante;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import io.estante.services.Fixtures;
import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.StatementCounting;
import io.estante.test.WebSession;

/**
 * No N+1: the client's main reads send the same small number of SQL statements whether
 * the client has one service and one invoice or thirty of each (every statement from the
 * first filter on is counted, sessions and security included).
 */
@EstanteIntegrationTest
@Import(StatementCounting.class)
class StatementsPerRequestTests {

	private static final int MANY = 30;

	private static final long AT_MOST = 15;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private Fixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(port);
	}

	record Client(ApiClient.SignedUp account, long serviceId, long invoiceId, WebSession web) {
	}

	@Test
	void clientReadsSendAFixedNumberOfStatements() throws Exception {
		long product = fixtures.hostingProduct("1000.00", "10000.00");
		Client few = client("Pocos", product, 1);
		Client many = client("Muchos", product, MANY);
		for (String path : List.of("/api/v1/services", "/api/v1/invoices", "/api/v1/services/{service}",
				"/api/v1/invoices/{invoice}", "/client", "/client/services", "/client/invoices",
				"/client/invoices/{invoice}")) {
			count(few, path);
			long one = count(few, path);
			long thirty = count(many, path);
			assertThat(thirty).as("statements for %s with %d services and invoices", path, MANY).isEqualTo(one);
			assertThat(one).as("statements for %s", path).isBetween(1L, AT_MOST);
		}
	}

	private long count(Client client, String template) throws Exception {
		String path = template.replace("{service}", String.valueOf(client.serviceId()))
			.replace("{invoice}", String.valueOf(client.invoiceId()));
		String key = UUID.randomUUID().toString();
		if (path.startsWith("/api")) {
			HttpResponse<String> response = http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
					.header("Authorization", "Bearer " + client.account().api().token())
					.header(StatementCounting.HEADER, key)
					.GET()
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		}
		else {
			WebSession.Page page = client.web().get(path, Map.of(StatementCounting.HEADER, key));
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.uri()).as(path).doesNotContain("login");
		}
		return StatementCounting.forRequest(key);
	}

	private Client client(String name, long product, int services) {
		ApiClient.SignedUp account = new ApiClient(port).signUpClient(name);
		List<Long> ids = new ArrayList<>();
		LocalDate start = LocalDate.now().minusDays(10);
		for (int i = 0; i < services; i++) {
			ids.add(fixtures.recordService(account.id(), product, "MONTHLY", "ACTIVE", start, start.plusMonths(1)));
		}
		long invoice = 0;
		for (long service : ids) {
			var issued = fixtures.staff()
				.post("/api/v1/admin/invoices",
						Map.of("clientId", account.id(), "currency", "ARS", "dueDate", start.plusMonths(1).toString(),
								"lines",
								List.of(Map.of("kind", "RENEWAL", "description", "Hosting " + service, "amount",
										"1000.00", "serviceId", service, "periodStart", start.plusMonths(1).toString(),
										"periodEnd", start.plusMonths(2).toString()))));
			assertThat(issued.status()).as(issued.raw().body()).isEqualTo(201);
			invoice = issued.id("id");
		}
		return new Client(account, ids.getLast(), invoice,
				WebSession.client(port, account.email(), account.password()));
	}

}
