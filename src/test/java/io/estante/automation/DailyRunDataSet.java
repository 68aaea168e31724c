package io.estante.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.estante.billing.InvoiceDraft;
import io.estante.billing.InvoiceLine;
import io.estante.billing.Invoicing;
import io.estante.billing.LineKind;
import io.estante.catalog.internal.CatalogManagement;
import io.estante.clients.ClientManagement;
import io.estante.services.internal.Ordering;
import io.estante.services.internal.ServiceMigration;
import io.estante.shared.Money;
import io.estante.test.MutableClock;

/**
 * A prepared world for the daily run as of {@link #AS_OF} (default settings: renewal 14
 * days before, suspension 5 days overdue, invoice cancellation 30, termination 30 days
 * suspended), built through the modules' own APIs on an empty database, and the exact
 * state one clean run must leave.
 */
public final class DailyRunDataSet {

	public static final LocalDate AS_OF = LocalDate.of(2027, 6, 15);

	/** What a clean run does, per step. */
	public static final Map<String, Long> COUNTS = Map.of("renewal-invoices", 4L, "service-suspensions", 2L,
			"invoice-cancellations", 3L, "service-terminations", 1L);

	private final Map<String, Long> services = new LinkedHashMap<>();

	private final Map<String, Long> invoices = new LinkedHashMap<>();

	private JdbcClient jdbc;

	private DailyRunDataSet(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static DailyRunDataSet prepare(ApplicationContext context) {
		MutableClock clock = context.getBean(MutableClock.class);
		ServiceMigration migration = context.getBean(ServiceMigration.class);
		Invoicing invoicing = context.getBean(Invoicing.class);
		Ordering ordering = context.getBean(Ordering.class);
		DailyRunDataSet set = new DailyRunDataSet(context.getBean(JdbcClient.class));
		long client = client(context, "Ana");
		long other = client(context, "Beto");
		long monthly = product(context);
		var record = new Object() {
			void service(String key, long clientId, String cycle, String status, String start, String due,
					Boolean autoRenew, String reason) {
				set.services.put(key, migration
					.record(new ServiceMigration.Existing(clientId, monthly, cycle, status, LocalDate.parse(start),
							LocalDate.parse(due), "1000.00", key.toLowerCase() + ".example.com", autoRenew, reason))
					.id());
			}

			void invoice(String key, long clientId, String due, Long serviceId) {
				InvoiceLine line = new InvoiceLine(LineKind.OTHER, "Cargo " + key, Money.of("300.00", "ARS"), serviceId,
						null, null, null);
				set.invoices.put(key,
						invoicing.issue(new InvoiceDraft(clientId, "ARS", LocalDate.parse(due), List.of(line)))
							.invoiceId());
			}
		};
		try {
			clock.set(LocalDate.of(2027, 5, 16));
			record.service("T", client, "MONTHLY", "SUSPENDED", "2027-06-30", "2027-07-30", null, "NON_PAYMENT");
			record.service("V", client, "MONTHLY", "SUSPENDED", "2027-06-30", "2027-07-30", null, "FRAUD_RISK");
			record.service("I", other, "MONTHLY", "ACTIVE", "2027-06-16", "2027-07-16", null, null);
			record.invoice("I", other, "2027-05-16", set.services.get("I"));
			record.invoice("K", other, "2027-05-16", null);
			var order = ordering.place(client, new Ordering.Order(monthly, "MONTHLY", "pedido-viejo.com"));
			set.services.put("P", order.serviceId());
			set.invoices.put("P", order.invoiceId());

			clock.set(LocalDate.of(2027, 5, 17));
			record.service("U", client, "MONTHLY", "SUSPENDED", "2027-06-30", "2027-07-30", null, "NON_PAYMENT");
			record.invoice("J", other, "2027-05-17", null);

			clock.set(LocalDate.of(2027, 6, 10));
			record.service("G", other, "MONTHLY", "ACTIVE", "2027-06-10", "2027-07-10", null, null);
			record.invoice("G", other, "2027-06-10", set.services.get("G"));
			clock.set(LocalDate.of(2027, 6, 11));
			record.service("H", other, "MONTHLY", "ACTIVE", "2027-06-11", "2027-07-11", null, null);
			record.invoice("H", other, "2027-06-11", set.services.get("H"));

			clock.set(AS_OF);
			record.service("A", client, "MONTHLY", "ACTIVE", "2027-05-20", "2027-06-20", null, null);
			record.service("B", client, "MONTHLY", "ACTIVE", "2027-05-29", "2027-06-29", null, null);
			record.service("C", client, "MONTHLY", "ACTIVE", "2027-05-30", "2027-06-30", null, null);
			record.service("D", client, "MONTHLY", "ACTIVE", "2027-05-20", "2027-06-20", false, null);
			record.service("E", other, "MONTHLY", "SUSPENDED", "2027-05-20", "2027-06-20", null, "NON_PAYMENT");
			record.service("F", other, "MONTHLY", "CANCELLED", "2027-05-20", "2027-06-20", null, null);
			record.service("W", other, "ANNUALLY", "ACTIVE", "2026-06-25", "2027-06-25", null, null);
			var fresh = ordering.place(other, new Ordering.Order(monthly, "ANNUALLY", "pedido-nuevo.com"));
			set.services.put("Q", fresh.serviceId());
			set.invoices.put("Q", fresh.invoiceId());
		}
		finally {
			clock.set(AS_OF);
		}
		return set;
	}

	/**
	 * The state one clean run as of {@link #AS_OF} leaves, whatever way it got there,
	 * read through this application (any node on the database).
	 */
	public void assertRunOutcome(ApplicationContext node) {
		this.jdbc = node.getBean(JdbcClient.class);
		Map<String, String> expected = Map.ofEntries(Map.entry("A", "ACTIVE"), Map.entry("B", "ACTIVE"),
				Map.entry("C", "ACTIVE"), Map.entry("D", "ACTIVE"), Map.entry("E", "SUSPENDED"),
				Map.entry("F", "CANCELLED"), Map.entry("G", "SUSPENDED"), Map.entry("H", "ACTIVE"),
				Map.entry("I", "SUSPENDED"), Map.entry("T", "TERMINATED"), Map.entry("U", "SUSPENDED"),
				Map.entry("V", "SUSPENDED"), Map.entry("W", "ACTIVE"), Map.entry("P", "CANCELLED"),
				Map.entry("Q", "PENDING"));
		// P is cancelled by the listener of its cancelled order invoice, after the
		// commit.
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			for (var e : expected.entrySet()) {
				assertThat(serviceStatus(e.getKey())).as("service " + e.getKey()).isEqualTo(e.getValue());
			}
		});
		assertThat(suspendedOn("G")).isEqualTo(AS_OF);
		assertThat(suspendedOn("I")).isEqualTo(AS_OF);

		Map<String, String> invoiceStates = Map.of("I", "CANCELLED", "K", "CANCELLED", "P", "CANCELLED", "J", "UNPAID",
				"G", "UNPAID", "H", "UNPAID", "Q", "UNPAID");
		invoiceStates.forEach((key, status) -> assertThat(invoiceStatus(key)).as("invoice " + key).isEqualTo(status));

		List<String> renewals = jdbc.sql("""
				select l.service_id || ' ' || i.due_date || ' ' || l.period_end || ' ' || i.total || ' ' || i.status
				from invoice i join invoice_line l on l.invoice_id = i.id where l.kind = 'RENEWAL'
				order by l.service_id""").query(String.class).list();
		assertThat(renewals).containsExactlyInAnyOrder(renewal("A", "2027-06-20", "2027-07-20", "1000.00"),
				renewal("B", "2027-06-29", "2027-07-29", "1000.00"),
				renewal("E", "2027-06-20", "2027-07-20", "1000.00"),
				renewal("W", "2027-06-25", "2028-06-25", "10000.00"));
		assertThat(count("select count(*) from service_renewal where invoice_id is not null")).isEqualTo(4);
		assertThat(count("select count(*) from invoice")).isEqualTo(invoices.size() + 4);
		assertThat(count("select count(*) from service_event where action = 'SUSPENDED'")).isEqualTo(2);
		assertThat(count("select count(*) from service_event where action = 'TERMINATED'")).isEqualTo(1);
		// Each suspension and termination asked its provisioning module once (a batch's
		// requests travel as one event), and the module answered each.
		assertThat(count("select count(*) from provisioning_task where action = 'SUSPEND'")).isEqualTo(2);
		assertThat(count("select count(*) from provisioning_task where action = 'TERMINATE'")).isEqualTo(1);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count("select count(*) from provisioning_task where status = 'REQUESTED'"))
				.isZero());
	}

	/** Adds up what the runs did per step (a stopped run and its rerun count as one). */
	public static Map<String, Long> sum(List<Map<String, Long>> runs) {
		Map<String, Long> total = new LinkedHashMap<>();
		runs.forEach(counts -> counts.forEach((step, n) -> total.merge(step, n, Long::sum)));
		return total;
	}

	private String renewal(String key, String due, String end, String total) {
		return services.get(key) + " " + due + " " + end + " " + total + " UNPAID";
	}

	private String serviceStatus(String key) {
		return jdbc.sql("select status from service where id = :id")
			.param("id", services.get(key))
			.query(String.class)
			.single();
	}

	private LocalDate suspendedOn(String key) {
		return jdbc.sql("select suspended_on from service where id = :id")
			.param("id", services.get(key))
			.query(java.sql.Date.class)
			.single()
			.toLocalDate();
	}

	private String invoiceStatus(String key) {
		return jdbc.sql("select status from invoice where id = :id")
			.param("id", invoices.get(key))
			.query(String.class)
			.single();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static long client(ApplicationContext context, String name) {
		String email = name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		return context.getBean(ClientManagement.class)
			.register(new ClientManagement.SignUp(email, "correct-horse-battery-2027", name, "Tester", null, "es"))
			.clientId();
	}

	private static long product(ApplicationContext context) {
		CatalogManagement catalog = context.getBean(CatalogManagement.class);
		long category = catalog.createCategory("Hosting " + UUID.randomUUID().toString().substring(0, 6)).id();
		return catalog
			.createProduct(new CatalogManagement.NewProduct(category, "Plan run", null, "HOSTING", "ARS",
					Map.of("MONTHLY", "1000.00", "ANNUALLY", "10000.00"), null, false))
			.view()
			.id();
	}

}
