package io.estante.payments.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.estante.shared.Money;

/** The checkouts started at the gateways: what each client was asked to pay. */
@Repository
class Checkouts {

	private final JdbcClient jdbc;

	Checkouts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(String gateway, long invoiceId, long clientId, String reference, Money amount, Instant at) {
		jdbc.sql("""
				insert into payment_checkout (gateway, invoice_id, client_id, reference, amount, currency, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(gateway, invoiceId, clientId, reference, amount.amount(), amount.currencyCode(), Timestamp.from(at))
			.update();
	}

	/**
	 * The amounts asked for this invoice at this gateway; only that checkout's when the
	 * reference names one of them.
	 */
	List<Money> asked(String gateway, long invoiceId, String reference) {
		if (reference != null) {
			List<Money> one = jdbc.sql(
					"select amount, currency from payment_checkout where gateway = ? and reference = ? and invoice_id = ?")
				.params(gateway, reference, invoiceId)
				.query((rs, n) -> Money.of(rs.getBigDecimal("amount"), rs.getString("currency").trim()))
				.list();
			if (!one.isEmpty()) {
				return one;
			}
		}
		return jdbc
			.sql("select amount, currency from payment_checkout where gateway = ? and invoice_id = ? order by id")
			.params(gateway, invoiceId)
			.query((rs, n) -> Money.of(rs.getBigDecimal("amount"), rs.getString("currency").trim()))
			.list();
	}

}
