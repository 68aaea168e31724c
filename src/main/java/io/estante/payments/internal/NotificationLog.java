package io.estante.payments.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.estante.shared.Money;

/** Staff's reading of the notification audit, newest first, a page at a time. */
@Repository
public class NotificationLog {

	public record Entry(long id, String gateway, Instant receivedAt, String verification, String outcome, String detail,
			boolean flagged, String flagReason, Long invoiceId, String transactionId, Money amount, Long paymentId,
			String headers, String query, String body) {
	}

	/** {@code flaggedOnly}: only what staff should look at; {@code before}: keyset. */
	public record Query(boolean flaggedOnly, Long invoiceId, Long before, int limit) {
	}

	private final JdbcClient jdbc;

	NotificationLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Entry> find(Query query) {
		StringBuilder sql = new StringBuilder("select * from payment_notification where 1 = 1");
		List<Object> params = new ArrayList<>();
		if (query.flaggedOnly()) {
			sql.append(" and flagged = true");
		}
		if (query.invoiceId() != null) {
			sql.append(" and invoice_id = ?");
			params.add(query.invoiceId());
		}
		if (query.before() != null) {
			sql.append(" and id < ?");
			params.add(query.before());
		}
		sql.append(" order by id desc limit ").append(Math.max(1, Math.min(query.limit(), 200)));
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
			String currency = rs.getString("currency");
			return new Entry(rs.getLong("id"), rs.getString("gateway"), rs.getTimestamp("received_at").toInstant(),
					rs.getString("verification"), rs.getString("outcome"), rs.getString("detail"),
					rs.getBoolean("flagged"), rs.getString("flag_reason"),
					(Long) rs.getObject("invoice_id", Long.class), rs.getString("transaction_id"),
					currency == null ? null : Money.of(rs.getBigDecimal("amount"), currency.trim()),
					(Long) rs.getObject("payment_id", Long.class), rs.getString("headers"), rs.getString("query"),
					rs.getString("body"));
		}).list();
	}

}
