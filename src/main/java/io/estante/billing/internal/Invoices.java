package io.estante.billing.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.estante.billing.InvoiceLine;
import io.estante.billing.InvoiceStatus;
import io.estante.billing.LineKind;
import io.estante.shared.Money;

/**
 * Invoice rows and their lines. Lines of many invoices load in one query; inserts of many
 * invoices go in JDBC batches.
 */
@Repository
class Invoices {

	static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	Invoices(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A checked draft with the number it was given. */
	record Numbered(DraftRules.Checked checked, long seq) {
	}

	/**
	 * Inserts the invoices and their lines in batches; returns their ids by seq.
	 * Zero-total invoices are inserted paid.
	 */
	Map<Long, Long> insertAll(List<Numbered> invoices, LocalDate issueDate, Instant now) {
		Timestamp at = Timestamp.from(now);
		List<Object[]> rows = new ArrayList<>(invoices.size());
		for (Numbered n : invoices) {
			DraftRules.Checked c = n.checked();
			boolean free = c.total().isZero();
			rows.add(new Object[] { n.seq(), InvoiceNumbers.format(n.seq()), c.draft().clientId(),
					free ? "PAID" : "UNPAID", c.currency(), c.total().amount(), Date.valueOf(issueDate),
					Date.valueOf(c.draft().dueDate()), free ? at : null, at });
		}
		batch("""
				insert into invoice (seq, number, client_id, status, currency, total, amount_paid, issue_date, due_date,
				                     paid_at, created_at)
				values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""", rows);
		long first = invoices.get(0).seq();
		long last = invoices.get(invoices.size() - 1).seq();
		Map<Long, Long> ids = new HashMap<>();
		jdbc.sql("select id, seq from invoice where seq between :first and :last")
			.param("first", first)
			.param("last", last)
			.query((ResultSet rs) -> {
				ids.put(rs.getLong("seq"), rs.getLong("id"));
			});
		List<Object[]> lines = new ArrayList<>();
		for (Numbered n : invoices) {
			int position = 0;
			for (InvoiceLine line : n.checked().draft().lines()) {
				lines.add(new Object[] { ids.get(n.seq()), ++position, line.kind().name(), line.description().strip(),
						line.amount().amount(), line.serviceId(), date(line.periodStart()), date(line.periodEnd()),
						line.reference() });
			}
		}
		batch("""
				insert into invoice_line (invoice_id, position, kind, description, amount, service_id, period_start,
				                          period_end, reference)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines);
		return ids;
	}

	Optional<Invoice> byId(long id) {
		return withLines(select("where i.id = :id", Map.of("id", id))).stream().findFirst();
	}

	/**
	 * The invoice, its row locked until the transaction ends (payments, cancellation).
	 */
	Optional<Invoice> lock(long id) {
		List<Long> locked = jdbc.sql("select id from invoice where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.list();
		return locked.isEmpty() ? Optional.empty() : byId(id);
	}

	List<Invoice> byIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : withLines(select("where i.id in (:ids) order by i.id", Map.of("ids", ids)));
	}

	List<Invoice> unpaidForService(long serviceId) {
		return withLines(select("""
				where i.status = 'UNPAID' and i.id in (select l.invoice_id from invoice_line l where l.service_id = :s)
				order by i.due_date, i.id""", Map.of("s", serviceId)));
	}

	/** Unpaid invoices with a line for any of these services, with their lines. */
	List<Invoice> unpaidForServices(Collection<Long> serviceIds) {
		return serviceIds.isEmpty() ? List.of() : withLines(select("""
				where i.status = 'UNPAID'
				  and i.id in (select l.invoice_id from invoice_line l where l.service_id in (:s))
				order by i.due_date, i.id""", Map.of("s", serviceIds)));
	}

	void addPaid(long id, Money applied, boolean settles, Instant now) {
		jdbc.sql("""
				update invoice set amount_paid = amount_paid + :applied, version = version + 1,
				       status = case when :settles then 'PAID' else status end,
				       paid_at = case when :settles then :now else paid_at end
				where id = :id and status = 'UNPAID'""")
			.param("id", id)
			.param("applied", applied.amount())
			.param("settles", settles)
			.param("now", Timestamp.from(now))
			.update();
	}

	void cancel(long id, String reason, Instant now) {
		cancelAll(List.of(id), reason, now);
	}

	void cancelAll(Collection<Long> ids, String reason, Instant now) {
		jdbc.sql("""
				update invoice set status = 'CANCELLED', cancelled_at = :now, cancel_reason = :reason,
				       version = version + 1
				where id in (:ids) and status = 'UNPAID'""")
			.param("ids", ids)
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Ids of unpaid invoices due on or before the date, oldest first, locked. */
	List<Long> lockOverdue(LocalDate dueOnOrBefore, int limit) {
		List<Long> candidates = jdbc.sql("""
				select id from invoice where status = 'UNPAID' and due_date <= :due
				order by due_date, id fetch first :limit rows only""")
			.param("due", Date.valueOf(dueOnOrBefore))
			.param("limit", limit)
			.query(Long.class)
			.list();
		if (candidates.isEmpty()) {
			return candidates;
		}
		return jdbc.sql("select id from invoice where id in (:ids) and status = 'UNPAID' order by id for update")
			.param("ids", candidates)
			.query(Long.class)
			.list();
	}

	/** Keyset page of unpaid invoices due on or before the date, by (due date, id). */
	List<Invoice> overdue(LocalDate dueOnOrBefore, LocalDate afterDue, long afterId, int limit) {
		String keyset = afterDue == null ? ""
				: " and (i.due_date > :afterDue or (i.due_date = :afterDue and i.id > :afterId))";
		Map<String, Object> params = new HashMap<>();
		params.put("due", Date.valueOf(dueOnOrBefore));
		params.put("limit", limit);
		if (afterDue != null) {
			params.put("afterDue", Date.valueOf(afterDue));
			params.put("afterId", afterId);
		}
		return select("where i.status = 'UNPAID' and i.due_date <= :due" + keyset
				+ " order by i.due_date, i.id fetch first :limit rows only", params);
	}

	/** Service ids of the lines of each invoice, in one query. */
	Map<Long, List<Long>> serviceIds(Collection<Long> invoiceIds) {
		Map<Long, List<Long>> byInvoice = new HashMap<>();
		if (invoiceIds.isEmpty()) {
			return byInvoice;
		}
		jdbc.sql("""
				select invoice_id, service_id from invoice_line
				where invoice_id in (:ids) and service_id is not null order by invoice_id, position""")
			.param("ids", invoiceIds)
			.query((ResultSet rs) -> {
				List<Long> services = byInvoice.computeIfAbsent(rs.getLong("invoice_id"), k -> new ArrayList<>());
				long service = rs.getLong("service_id");
				if (!services.contains(service)) {
					services.add(service);
				}
			});
		return byInvoice;
	}

	List<Invoice> select(String where, Map<String, ?> params) {
		return jdbc.sql("select i.* from invoice i " + where).params(params).query(Invoices::map).list();
	}

	/** The same invoices with their lines, loaded in one query. */
	List<Invoice> withLines(List<Invoice> invoices) {
		if (invoices.isEmpty()) {
			return invoices;
		}
		Map<Long, List<InvoiceLine>> lines = new HashMap<>();
		Map<Long, String> currencies = new HashMap<>();
		invoices.forEach(i -> currencies.put(i.id(), i.currency()));
		jdbc.sql("select * from invoice_line where invoice_id in (:ids) order by invoice_id, position")
			.param("ids", currencies.keySet())
			.query((ResultSet rs) -> {
				long invoice = rs.getLong("invoice_id");
				lines.computeIfAbsent(invoice, k -> new ArrayList<>()).add(line(rs, currencies.get(invoice)));
			});
		return invoices.stream().map(i -> i.withLines(lines.getOrDefault(i.id(), List.of()))).toList();
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			template.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}

	private static InvoiceLine line(ResultSet rs, String currency) throws SQLException {
		long service = rs.getLong("service_id");
		Long serviceId = rs.wasNull() ? null : service;
		return new InvoiceLine(LineKind.valueOf(rs.getString("kind")), rs.getString("description"),
				Money.of(rs.getBigDecimal("amount"), currency), serviceId, localDate(rs, "period_start"),
				localDate(rs, "period_end"), rs.getString("reference"));
	}

	static Invoice map(ResultSet rs, int row) throws SQLException {
		String currency = rs.getString("currency").trim();
		BigDecimal paid = rs.getBigDecimal("amount_paid");
		return new Invoice(rs.getLong("id"), rs.getString("number"), rs.getLong("client_id"),
				InvoiceStatus.valueOf(rs.getString("status")), Money.of(rs.getBigDecimal("total"), currency),
				Money.of(paid, currency), localDate(rs, "issue_date"), localDate(rs, "due_date"),
				instant(rs, "paid_at"), instant(rs, "cancelled_at"), rs.getString("cancel_reason"), List.of());
	}

	private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

}
