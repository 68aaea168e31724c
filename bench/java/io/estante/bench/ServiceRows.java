package io.estante.bench;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Random;

import io.estante.bench.Catalogue.Product;
import io.estante.shared.BillingCycle;

/**
 * One generated service and its billing history, as the daily runs of the past days
 * would have left them as of {@code day}: the current period paid (invoice, payment,
 * renewal claim); the next period invoiced (unpaid) when it falls due within the invoice
 * lead time, except for the last {@code backlogDays} days, which the benchmarked run
 * issues; 3% of active services overdue by 1 to 5 days; suspended services 1 to 30 days
 * after an unpaid invoice (90% for non-payment); pending orders with their order
 * invoice; cancelled and terminated services ended within the last year.
 */
final class ServiceRows {

	private static final int LEAD_DAYS = 14;

	private static final BillingCycle[] CYCLES = { BillingCycle.MONTHLY, BillingCycle.QUARTERLY,
			BillingCycle.SEMIANNUALLY, BillingCycle.ANNUALLY, BillingCycle.BIENNIALLY, BillingCycle.TRIENNIALLY };

	private static final int[] CYCLE_WEIGHTS = { 45, 10, 10, 30, 3, 2 };

	private final DataGenerator.Tables t;

	private final Catalogue catalogue;

	private final Random random;

	private final LocalDate day;

	private final int backlogDays;

	private final int clients;

	private long seq;

	private long lines;

	private long payments;

	private long claims;

	private long dueToday;

	ServiceRows(DataGenerator.Tables tables, Catalogue catalogue, Random random, LocalDate day, int backlogDays,
			int clients) {
		this.t = tables;
		this.catalogue = catalogue;
		this.random = random;
		this.day = day;
		this.backlogDays = backlogDays;
		this.clients = clients;
	}

	void service(long id) throws SQLException {
		long client = 1 + random.nextInt(clients);
		Product product = catalogue.pick(random);
		BillingCycle cycle = product.domain() ? CYCLES[3 + (random.nextInt(20) == 0 ? 1 + random.nextInt(2) : 0)]
				: cycle();
		BigDecimal price = product.prices().get(cycle);
		String label = product.domain() ? "cliente" + client + "-" + id + ".com.ar"
				: "www.cliente" + client + "-" + id + ".com.ar";
		int roll = random.nextInt(100);
		String status = roll < 82 ? "ACTIVE" : roll < 86 ? "SUSPENDED" : roll < 88 ? "PENDING" : roll < 94 ? "CANCELLED"
				: "TERMINATED";
		Instant created = at(day.minusDays(40 + random.nextInt(1500)));
		if ("PENDING".equals(status)) {
			LocalDate ordered = day.minusDays(random.nextInt(7));
			long invoice = invoice(client, product, "UNPAID", price, ordered, ordered.plusDays(3), null);
			line(invoice, "ORDER", product, label, price, id, ordered, cycle.periodEnd(ordered));
			t.service.row(id, client, product.id(), label, cycle, status, product.currency(), "0.00", null, null, "t",
					invoice, null, null, null, at(ordered), at(ordered));
			return;
		}
		LocalDate nextDue;
		String reason = null;
		LocalDate suspendedOn = null;
		LocalDate ended = null;
		boolean unpaidNext = false;
		if ("ACTIVE".equals(status) && random.nextInt(100) < 3) {
			nextDue = day.minusDays(1 + random.nextInt(5));
			unpaidNext = true;
		}
		else if ("SUSPENDED".equals(status)) {
			suspendedOn = day.minusDays(1 + random.nextInt(30));
			boolean nonPayment = random.nextInt(10) > 0;
			reason = nonPayment ? "NON_PAYMENT" : (random.nextBoolean() ? "FRAUD_RISK" : "ABUSE");
			nextDue = nonPayment ? suspendedOn.minusDays(5) : future(cycle);
			unpaidNext = nonPayment;
		}
		else if ("ACTIVE".equals(status)) {
			nextDue = future(cycle);
		}
		else {
			ended = day.minusDays(1 + random.nextInt(365));
			nextDue = ended;
		}
		LocalDate periodStart = nextDue.minusMonths(cycle.months());
		nextDue = cycle.periodEnd(periodStart);
		long paid = invoice(client, product, "PAID", price, periodStart.minusDays(LEAD_DAYS), periodStart,
				at(periodStart.minusDays(random.nextInt(LEAD_DAYS))));
		line(paid, "RENEWAL", product, label, price, id, periodStart, nextDue);
		claim(id, periodStart, nextDue, paid);
		payment(paid, client, product, price, periodStart);
		boolean live = ended == null;
		if (live && (unpaidNext || !nextDue.isAfter(day.plusDays(LEAD_DAYS - backlogDays)))) {
			boolean cancelled = !nextDue.isAfter(day.minusDays(31));
			long next = invoice(client, product, cancelled ? "CANCELLED" : "UNPAID", price, nextDue.minusDays(LEAD_DAYS),
					nextDue, null);
			line(next, "RENEWAL", product, label, price, id, nextDue, cycle.periodEnd(nextDue));
			claim(id, nextDue, cycle.periodEnd(nextDue), next);
		}
		else if (live && !nextDue.isAfter(day.plusDays(LEAD_DAYS))) {
			dueToday++;
		}
		t.service.row(id, client, product.id(), label, cycle, status, product.currency(), price, periodStart, nextDue,
				random.nextInt(100) < 97 ? "t" : "f", null, reason, suspendedOn, ended, created, created);
	}

	/** A due date within one period from today (the current period is paid). */
	private LocalDate future(BillingCycle cycle) {
		long length = ChronoUnit.DAYS.between(day, day.plusMonths(cycle.months()));
		return day.plusDays(random.nextLong(length));
	}

	private BillingCycle cycle() {
		int n = random.nextInt(100);
		for (int i = 0; i < CYCLES.length; i++) {
			n -= CYCLE_WEIGHTS[i];
			if (n < 0) {
				return CYCLES[i];
			}
		}
		return BillingCycle.MONTHLY;
	}

	private long invoice(long client, Product product, String status, BigDecimal total, LocalDate issued,
			LocalDate due, Instant paidAt) throws SQLException {
		long id = ++seq;
		boolean cancelled = "CANCELLED".equals(status);
		t.invoice.row(id, id, String.format(Locale.ROOT, "%08d", id), client, status, product.currency(), total,
				paidAt == null ? "0.00" : total, issued, due, paidAt, cancelled ? at(due.plusDays(30)) : null,
				cancelled ? "overdue" : null, at(issued));
		return id;
	}

	private void line(long invoice, String kind, Product product, String label, BigDecimal amount, long service,
			LocalDate start, LocalDate end) throws SQLException {
		t.line.row(++lines, invoice, 1, kind, product.name() + " · " + label + " · " + start + " → " + end, amount,
				service, start, end);
	}

	private void claim(long service, LocalDate start, LocalDate end, long invoice) throws SQLException {
		claims++;
		t.renewal.row(service, start, end, invoice, null, at(start.minusDays(LEAD_DAYS)));
	}

	private void payment(long invoice, long client, Product product, BigDecimal amount, LocalDate due)
			throws SQLException {
		Instant at = at(due.minusDays(random.nextInt(LEAD_DAYS)));
		t.payment.row(++payments, invoice, client, invoice % 3 == 0 ? "mercadopago" : "transfer", "bench-" + invoice,
				amount, product.currency(), amount, "0.00", "bench", at);
	}

	private static Instant at(LocalDate date) {
		return date.atTime(13, 0).toInstant(ZoneOffset.UTC);
	}

	long lastSeq() {
		return seq;
	}

	long lines() {
		return lines;
	}

	long payments() {
		return payments;
	}

	long claims() {
		return claims;
	}

	long dueToday() {
		return dueToday;
	}

}
