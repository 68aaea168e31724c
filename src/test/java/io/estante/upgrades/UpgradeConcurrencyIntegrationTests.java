package io.estante.upgrades;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.estante.billing.Invoicing;
import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.MutableClock;

/**
 * Two requests for the same service at the same instant never leave two invoices to pay:
 * one wins, the other is refused (409) with its invoice rolled back, or comes second and
 * replaces the first (whose invoice is cancelled). Run it on PostgreSQL with
 * {@code -Destante.test.db=postgres}.
 */
@EstanteIntegrationTest
class UpgradeConcurrencyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Invoicing invoicing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoConcurrentRequestsNeverProduceTwoOpenInvoices() throws Exception {
		UpgradeFixtures fixtures = new UpgradeFixtures(port);
		ApiClient.SignedUp client = new ApiClient(port).signUpClient("Carrera");
		long hosting = fixtures.category("Hosting");
		long basic = fixtures.product(hosting, "Básico", Map.of("ANNUALLY", "100.00"));
		long pro = fixtures.product(hosting, "Pro", Map.of("ANNUALLY", "150.00"));
		long business = fixtures.product(hosting, "Negocios", Map.of("ANNUALLY", "300.00"));
		fixtures.path(basic, pro);
		fixtures.path(basic, business);
		LocalDate start = clock.today().minusMonths(3);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 6; round++) {
				long service = fixtures.service(client.id(), basic, "ANNUALLY", "ACTIVE", start, start.plusYears(1),
						"100.00");
				CountDownLatch go = new CountDownLatch(1);
				List<Future<ApiClient.Response>> answers = new ArrayList<>();
				for (long target : new long[] { pro, business }) {
					answers.add(pool.submit((Callable<ApiClient.Response>) () -> {
						go.await();
						return client.api()
							.post("/api/v1/services/" + service + "/upgrades",
									Map.of("productId", target, "billingCycle", "ANNUALLY"));
					}));
				}
				go.countDown();
				int created = 0;
				for (Future<ApiClient.Response> answer : answers) {
					ApiClient.Response response = answer.get(1, TimeUnit.MINUTES);
					assertThat(response.status()).as(response.raw().body()).isIn(201, 409);
					created += response.status() == 201 ? 1 : 0;
				}
				assertThat(created).isPositive();
				assertThat(invoicing.unpaidForService(service)).hasSize(1);
				assertThat(count("select count(*) from upgrade where open_service_id = ?", service)).isEqualTo(1);
				// Every invoice written belongs to a request that was answered 201.
				assertThat(count("select count(distinct invoice_id) from invoice_line where service_id = ?", service))
					.isEqualTo(created);
				assertThat(count("select count(*) from upgrade where service_id = ?", service)).isEqualTo(created);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long count(String sql, long serviceId) {
		return jdbc.sql(sql).param(serviceId).query(Long.class).single();
	}

}
