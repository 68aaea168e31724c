package io.estante.billing.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.estante.billing.InvoiceStatus;
import io.estante.shared.Money;

/**
 * Invoice lists for the pages and the API: newest first, keyset-paginated on the id (each
 * page costs the same however far back), lines loaded for the whole page in one query.
 */
@Service
@Transactional(readOnly = true)
public class InvoiceSearch {

	public static final int MAX_PAGE = 100;

	private final Invoices invoices;

	private final Payments payments;

	private final Credits credits;

	private final JdbcClient jdbc;

	InvoiceSearch(Invoices invoices, Payments payments, Credits credits, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.invoices = invoices;
		this.payments = payments;
		this.credits = credits;
	}

	/**
	 * What to list: a client's (null: everyone's, staff only), a status, an exact number,
	 * invoices older than {@code before} (the previous page's cursor).
	 */
	public record Query(Long clientId, InvoiceStatus status, String number, Long before, int limit) {
	}

	/** A page and the cursor of the next one (null on the last page). */
	public record Page(List<Invoice> items, Long nextCursor) {
	}

	/** An invoice with its payments, for its own page. */
	public record Detail(Invoice invoice, List<Payments.Payment> payments) {
	}

	public Page find(Query query) {
		int limit = Math.max(1, Math.min(query.limit(), MAX_PAGE));
		StringBuilder where = new StringBuilder("where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (query.clientId() != null) {
			where.append(" and i.client_id = :client");
			params.put("client", query.clientId());
		}
		if (query.status() != null) {
			where.append(" and i.status = :status");
			params.put("status", query.status().name());
		}
		if (query.number() != null && !query.number().isBlank()) {
			where.append(" and i.number = :number");
			params.put("number", normalizedNumber(query.number()));
		}
		if (query.before() != null) {
			where.append(" and i.id < :before");
			params.put("before", query.before());
		}
		params.put("limit", limit + 1);
		List<Invoice> rows = invoices.select(where + " order by i.id desc fetch first :limit rows only", params);
		boolean more = rows.size() > limit;
		List<Invoice> page = invoices.withLines(more ? rows.subList(0, limit) : rows);
		return new Page(page, more ? page.get(page.size() - 1).id() : null);
	}

	public Optional<Detail> detail(long invoiceId) {
		return invoices.byId(invoiceId).map(invoice -> new Detail(invoice, payments.forInvoice(invoiceId)));
	}

	/** What the client still owes, per currency (unpaid invoices' balances). */
	public List<Money> owed(long clientId) {
		return jdbc.sql("""
				select currency, sum(total - amount_paid) owed from invoice
				where client_id = :client and status = 'UNPAID' group by currency order by currency""")
			.param("client", clientId)
			.query((rs, n) -> Money.of(rs.getBigDecimal("owed"), rs.getString("currency").trim()))
			.list();
	}

	public List<Money> creditBalances(long clientId) {
		return credits.balances(clientId);
	}

	public List<Credits.Entry> creditEntries(long clientId, int limit) {
		return credits.entries(clientId, Math.max(1, Math.min(limit, MAX_PAGE)));
	}

	/** "42" finds invoice 00000042: staff type numbers without the zeros. */
	static String normalizedNumber(String number) {
		String trimmed = number.strip();
		return trimmed.matches("\\d{1,8}") ? InvoiceNumbers.format(Long.parseLong(trimmed)) : trimmed;
	}

}
