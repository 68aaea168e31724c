package io.estante.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.estante.shared.Money;
import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;

/**
 * Invoice numbers are sequential and gap-free with many concurrent issuers, single and
 * batched, and a rolled-back issue gives its number back. Run it on PostgreSQL with
 * {@code -Destante.test.db=postgres}.
 */
@EstanteIntegrationTest
class InvoiceNumberingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Invoicing invoicing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void concurrentIssuersNeverShareOrSkipANumber() throws Exception {
		long clientId = new ApiClient(port).signUpClient("Numeros").id();
		int threads = 16;
		int rounds = 6;
		ConcurrentLinkedQueue<Long> numbers = new ConcurrentLinkedQueue<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			boolean batched = t % 4 == 0;
			futures.add(pool.submit((Callable<Void>) () -> {
				start.await();
				for (int r = 0; r < rounds; r++) {
					if (batched) {
						invoicing.issueAll(List.of(draft(clientId, "10"), draft(clientId, "20"), draft(clientId, "30")))
							.forEach(issued -> numbers.add(Long.parseLong(issued.number())));
					}
					else {
						numbers.add(Long.parseLong(invoicing.issue(draft(clientId, "15")).number()));
					}
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> future : futures) {
			future.get(2, TimeUnit.MINUTES);
		}
		pool.shutdown();

		int expected = (threads / 4) * rounds * 3 + (threads - threads / 4) * rounds;
		assertThat(numbers).hasSize(expected).doesNotHaveDuplicates();
		long min = numbers.stream().mapToLong(Long::longValue).min().orElseThrow();
		long max = numbers.stream().mapToLong(Long::longValue).max().orElseThrow();
		assertThat(max - min + 1).as("our numbers form one unbroken run").isEqualTo(expected);
		assertNoGapInTheWholeTable();
	}

	@Test
	void aRolledBackIssueGivesItsNumberBack() {
		long clientId = new ApiClient(port).signUpClient("Rollback").id();
		long before = Long.parseLong(invoicing.issue(draft(clientId, "1")).number());
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			invoicing.issue(draft(clientId, "2"));
			throw new IllegalStateException("the caller's work failed after the invoice was issued");
		})).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> invoicing.issueAll(
				List.of(draft(clientId, "3"), new InvoiceDraft(clientId, "ARS", LocalDate.of(2027, 1, 1), List.of()))))
			.hasMessageContaining("billing.draft.lines-count");
		long after = Long.parseLong(invoicing.issue(draft(clientId, "4")).number());
		assertThat(after).isEqualTo(before + 1);
		assertNoGapInTheWholeTable();
	}

	private void assertNoGapInTheWholeTable() {
		long count = jdbc.sql("select count(*) from invoice").query(Long.class).single();
		long distinct = jdbc.sql("select count(distinct number) from invoice").query(Long.class).single();
		long max = jdbc.sql("select max(seq) from invoice").query(Long.class).single();
		assertThat(distinct).isEqualTo(count);
		assertThat(max).as("numbers 1..n with none missing").isEqualTo(count);
	}

	static InvoiceDraft draft(long clientId, String amount) {
		return new InvoiceDraft(clientId, "ARS", LocalDate.of(2027, 1, 1),
				List.of(InvoiceLine.of(LineKind.OTHER, "Cargo", Money.of(amount, "ARS"))));
	}

}
