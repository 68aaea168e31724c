package io.estante.services.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.estante.shared.BillingCycle;

/**
 * Renewal claims: one row per service and period, keyed by both, written before the
 * invoice is issued in the same transaction. A second claim for the same period inserts
 * nothing ({@code on conflict do nothing}), so a period is never invoiced twice whoever
 * asks and however often.
 */
@Repository
class Renewals {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	Renewals(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A live, auto-renewing service whose next period is not invoiced yet. */
	record Candidate(long serviceId, long clientId, long productId, String label, BillingCycle cycle,
			LocalDate periodStart, String currency) {

		LocalDate periodEnd() {
			return cycle.periodEnd(periodStart);
		}

	}

	record Claim(Candidate candidate, LocalDate periodEnd) {
	}

	/**
	 * Candidates due on or before {@code horizon}, after ({@code afterDue},
	 * {@code afterId}) in (due date, id) order ({@code afterDue} null: from the start): a
	 * walk along {@code service_due_idx}, so each batch starts where the last one stopped
	 * and the whole run reads only the services due by the horizon.
	 */
	List<Candidate> candidates(LocalDate horizon, LocalDate afterDue, long afterId, int limit) {
		String keyset = afterDue == null ? ""
				: " and s.next_due_date >= :afterDue and (s.next_due_date > :afterDue or s.id > :afterId)";
		var spec = jdbc.sql("""
				select s.id, s.client_id, s.product_id, s.label, s.billing_cycle, s.next_due_date, s.currency
				from service s
				where s.next_due_date <= :horizon and s.status in ('ACTIVE', 'SUSPENDED') and s.auto_renew = true
				""" + keyset + """
				  and not exists (select 1 from service_renewal r
				                  where r.service_id = s.id and r.period_start = s.next_due_date)
				order by s.next_due_date, s.id fetch first :limit rows only""")
			.param("horizon", Date.valueOf(horizon))
			.param("limit", limit);
		if (afterDue != null) {
			spec = spec.param("afterDue", Date.valueOf(afterDue)).param("afterId", afterId);
		}
		return spec
			.query((rs, n) -> new Candidate(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("product_id"),
					rs.getString("label"), BillingCycle.valueOf(rs.getString("billing_cycle")),
					rs.getDate("next_due_date").toLocalDate(), rs.getString("currency").trim()))
			.list();
	}

	/** How many services wait for their renewal invoice (progress). */
	long countDue(LocalDate horizon) {
		return jdbc.sql("""
				select count(*) from service s
				where s.status in ('ACTIVE', 'SUSPENDED') and s.auto_renew = true and s.next_due_date <= :horizon
				  and not exists (select 1 from service_renewal r
				                  where r.service_id = s.id and r.period_start = s.next_due_date)""")
			.param("horizon", Date.valueOf(horizon))
			.query(Long.class)
			.single();
	}

	/** Claims the periods; returns the candidates this call claimed (the others were). */
	List<Candidate> claim(List<Candidate> candidates, long runId, Instant now) {
		if (candidates.isEmpty()) {
			return List.of();
		}
		Timestamp at = Timestamp.from(now);
		int[][] counts = template.batchUpdate("""
				insert into service_renewal (service_id, period_start, period_end, run_id, created_at)
				values (?, ?, ?, ?, ?) on conflict do nothing""", candidates, candidates.size(), (ps, c) -> {
			ps.setLong(1, c.serviceId());
			ps.setDate(2, Date.valueOf(c.periodStart()));
			ps.setDate(3, Date.valueOf(c.periodEnd()));
			ps.setLong(4, runId);
			ps.setTimestamp(5, at);
		});
		List<Candidate> claimed = new ArrayList<>(candidates.size());
		int[] results = counts[0];
		for (int i = 0; i < candidates.size(); i++) {
			if (results[i] != 0) {
				claimed.add(candidates.get(i));
			}
		}
		return claimed;
	}

	void attachInvoices(List<Candidate> claimed, List<Long> invoiceIds) {
		List<Object[]> rows = new ArrayList<>(claimed.size());
		for (int i = 0; i < claimed.size(); i++) {
			Candidate c = claimed.get(i);
			rows.add(new Object[] { invoiceIds.get(i), c.serviceId(), Date.valueOf(c.periodStart()) });
		}
		template.batchUpdate("update service_renewal set invoice_id = ? where service_id = ? and period_start = ?",
				rows);
	}

	/** The invoice line's text: product, label and period, the same in any language. */
	static String describe(String productName, String label, LocalDate start, LocalDate end) {
		String what = label == null || label.equals(productName) ? productName : productName + " · " + label;
		return what + " · " + start + " → " + end;
	}

}
