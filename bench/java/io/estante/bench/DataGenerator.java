package io.estante.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import io.estante.clients.internal.SearchKeys;

/**
 * Generates the benchmark data set into its own PostgreSQL database ({@code bench.db},
 * estante_bench): the schema from the application's migrations, then {@code bench.services}
 * services (100,000) of {@code bench.services / 10} clients, bulk loaded with COPY, as of
 * {@code bench.date} (2027-03-01). See bench/README.md for what the data holds.
 *
 * <pre>./mvnw -q -Pbench -Dtest=DataGenerator -Dbench.services=1000000 test</pre>
 */
class DataGenerator {

	/** Every generated client signs in with this password (hashed once, reused). */
	static final String PASSWORD = "bench-password-2026";

	static final LocalDate DAY = LocalDate.parse(System.getProperty("bench.date", "2027-03-01"));

	private final int services = Integer.getInteger("bench.services", 100_000);

	private final int clients = Integer.getInteger("bench.clients", Math.max(1, services / 10));

	/** Days of renewal invoices left for the run (1 = only those falling due today). */
	private final int backlogDays = Integer.getInteger("bench.backlog-days", 3);

	@Test
	void generate() throws Exception {
		long t0 = System.nanoTime();
		BenchDatabase.recreate(BenchDatabase.NAME);
		Instant now = DAY.atTime(3, 0).toInstant(ZoneOffset.UTC);
		Catalogue catalogue;
		try (Connection connection = BenchDatabase.connect(BenchDatabase.NAME)) {
			catalogue = new Catalogue(connection, now);
		}
		String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
		Random random = new Random(42);
		ServiceRows rows;
		try (Tables tables = new Tables(BenchDatabase.NAME)) {
			for (int c = 1; c <= clients; c++) {
				String email = "bench-" + c + "@estante.bench";
				String phone = String.format(Locale.ROOT, "+54911%08d", c);
				String first = Names.first(c);
				String last = Names.last(c);
				tables.client.row(c, email, email, hash, first, last, phone, "5411" + phone.substring(6),
						c % 4 == 0 ? "en" : "es", c % 3 == 0 ? null : now, now, now,
						SearchKeys.of(first) + " " + SearchKeys.of(last), SearchKeys.of(last));
			}
			rows = new ServiceRows(tables, catalogue, random, DAY, backlogDays, clients);
			for (long id = 1; id <= services; id++) {
				rows.service(id);
				if (id % 100_000 == 0) {
					System.out.printf("  %,d services written (%.0f s)%n", id, (System.nanoTime() - t0) / 1e9);
				}
			}
		}
		long loaded = System.nanoTime();
		try (Connection connection = BenchDatabase.connect(BenchDatabase.NAME);
				Statement statement = connection.createStatement()) {
			for (String table : new String[] { "client", "service", "invoice", "invoice_line", "payment" }) {
				statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce((select max(id) from "
						+ table + "), 1))");
			}
			statement.execute("update invoice_counter set next_value = " + (rows.lastSeq() + 1) + " where name = 'invoice'");
			statement.execute("vacuum analyze");
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		System.out.printf(Locale.ROOT, """
				Estante bench data set in %s as of %s
				  clients %,d  services %,d  invoices %,d  lines %,d  payments %,d  renewal claims %,d
				  services due for a renewal invoice today: %,d (%d day(s) of backlog)
				  loaded in %.1f s, vacuum analyze %.1f s, total %.1f s
				""", BenchDatabase.NAME, DAY, clients, services, rows.lastSeq(), rows.lines(), rows.payments(),
				rows.claims(), rows.dueToday(), backlogDays, (loaded - t0) / 1e9, (System.nanoTime() - loaded) / 1e9,
				seconds);
	}

	/** The tables loaded with COPY, each on its own connection. */
	static final class Tables implements AutoCloseable {

		final CopyWriter client;

		final CopyWriter service;

		final CopyWriter renewal;

		final CopyWriter invoice;

		final CopyWriter line;

		final CopyWriter payment;

		Tables(String db) throws Exception {
			client = new CopyWriter(db, "client", "id, email, email_key, password_hash, first_name, last_name, phone, "
					+ "phone_key, language, verified_at, created_at, updated_at, name_key, last_name_key");
			service = new CopyWriter(db, "service", "id, client_id, product_id, label, billing_cycle, status, currency, "
					+ "amount_paid, period_start, next_due_date, auto_renew, order_invoice_id, suspension_reason, "
					+ "suspended_on, ended_on, created_at, updated_at");
			renewal = new CopyWriter(db, "service_renewal",
					"service_id, period_start, period_end, invoice_id, run_id, created_at");
			invoice = new CopyWriter(db, "invoice", "id, seq, number, client_id, status, currency, total, amount_paid, "
					+ "issue_date, due_date, paid_at, cancelled_at, cancel_reason, created_at");
			line = new CopyWriter(db, "invoice_line",
					"id, invoice_id, position, kind, description, amount, service_id, period_start, period_end");
			payment = new CopyWriter(db, "payment", "id, invoice_id, client_id, method, transaction_id, amount, "
					+ "currency, applied, credited, recorded_by, recorded_at");
		}

		@Override
		public void close() throws Exception {
			for (CopyWriter writer : new CopyWriter[] { client, service, renewal, invoice, line, payment }) {
				writer.close();
			}
		}

	}

}
