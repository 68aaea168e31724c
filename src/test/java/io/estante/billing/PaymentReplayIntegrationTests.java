package io.estante.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;

/**
 * A payment notification delivered many times at once (webhook-style replay) is credited
 * once; concurrent distinct payments of one invoice are applied one after another, the
 * excess becoming credit. Run it on PostgreSQL with {@code -Destante.test.db=postgres}.
 */
@EstanteIntegrationTest
class PaymentReplayIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Invoicing invoicing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSameTransactionDeliveredConcurrentlyIsCreditedOnce() throws Exception {
		ApiClient staff = new ApiClient(port).signIn(EstanteIntegrationTest.OWNER_EMAIL,
				EstanteIntegrationTest.OWNER_PASSWORD);
		long clientId = new ApiClient(port).signUpClient("Replay").id();
		long invoice = invoicing.issue(InvoiceNumberingIntegrationTests.draft(clientId, "1000")).invoiceId();
		String tx = "mp-" + UUID.randomUUID();
		List<Integer> statuses = concurrently(10,
				i -> staff
					.post("/api/v1/admin/invoices/" + invoice + "/payments",
							Map.of("amount", "1000.00", "method", "mercadopago", "transactionId", tx))
					.status());

		assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(9);
		assertThat(jdbc.sql("select count(*) from payment where transaction_id = :tx")
			.param("tx", tx)
			.query(Long.class)
			.single()).isEqualTo(1);
		InvoiceSummary paid = invoicing.find(invoice).orElseThrow();
		assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
		assertThat(amountPaid(invoice)).isEqualByComparingTo("1000.00");
		assertThat(credit(clientId)).isEqualByComparingTo("0");
	}

	@Test
	void concurrentDistinctPaymentsAreAppliedInTurnAndTheExcessBecomesCredit() throws Exception {
		long clientId = new ApiClient(port).signUpClient("Turnos").id();
		long invoice = invoicing.issue(InvoiceNumberingIntegrationTests.draft(clientId, "100")).invoiceId();
		List<PaymentOutcome> outcomes = concurrently(5, i -> invoicing.recordPayment(new PaymentRequest(invoice,
				io.estante.shared.Money.of("30", "ARS"), "cash", "cash-" + UUID.randomUUID(), null)));

		assertThat(outcomes).noneMatch(PaymentOutcome::duplicate);
		assertThat(outcomes).filteredOn(o -> o.credited().isPositive()).hasSizeBetween(1, 2);
		assertThat(invoicing.find(invoice).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
		assertThat(amountPaid(invoice)).isEqualByComparingTo("100.00");
		assertThat(credit(clientId)).isEqualByComparingTo("50.00");
		assertThat(jdbc.sql("select sum(amount) from credit_entry where client_id = :c")
			.param("c", clientId)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("50.00");
	}

	@Test
	void theSameTransactionAgainstTwoInvoicesAtOnceIsRecordedOnce() throws Exception {
		long clientId = new ApiClient(port).signUpClient("Doble").id();
		long a = invoicing.issue(InvoiceNumberingIntegrationTests.draft(clientId, "50")).invoiceId();
		long b = invoicing.issue(InvoiceNumberingIntegrationTests.draft(clientId, "50")).invoiceId();
		String tx = "st-" + UUID.randomUUID();
		List<PaymentOutcome> outcomes = concurrently(6, i -> invoicing.recordPayment(
				new PaymentRequest(i % 2 == 0 ? a : b, io.estante.shared.Money.of("50", "ARS"), "stripe", tx, null)));
		assertThat(outcomes).filteredOn(o -> !o.duplicate()).hasSize(1);
		assertThat(amountPaid(a).add(amountPaid(b))).isEqualByComparingTo("50.00");
		assertThat(credit(clientId)).isEqualByComparingTo("0");
	}

	private BigDecimal amountPaid(long invoice) {
		return jdbc.sql("select amount_paid from invoice where id = :id")
			.param("id", invoice)
			.query(BigDecimal.class)
			.single();
	}

	private BigDecimal credit(long clientId) {
		return jdbc.sql("select coalesce(sum(balance), 0) from client_credit where client_id = :c")
			.param("c", clientId)
			.query(BigDecimal.class)
			.single();
	}

	interface Task<T> {

		T run(int index) throws Exception;

	}

	static <T> List<T> concurrently(int n, Task<T> task) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				int index = i;
				futures.add(pool.submit((Callable<T>) () -> {
					start.await();
					return task.run(index);
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(2, TimeUnit.MINUTES));
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

}
