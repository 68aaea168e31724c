package io.estante.billing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.estante.shared.Money;

/**
 * The credit ledger: one balance row per client and currency (locked to spend from it)
 * and an entry for every movement, so the balance is always the sum of its entries.
 */
@Repository
public class Credits {

	/** Why credit moved. */
	public enum Reason {

		/** The part of a payment beyond the invoice's balance. */
		OVERPAYMENT,
		/** A payment for an invoice already paid or cancelled. */
		PAYMENT_ON_CLOSED_INVOICE,
		/** What had been paid on an invoice that was then cancelled. */
		CANCELLED_INVOICE,
		/** Credit staff applied to an invoice (a negative entry). */
		APPLIED,
		/**
		 * A paid invoice whose purchase could not be delivered (an upgrade paid after its
		 * service was suspended): the payment went back to the client as credit.
		 */
		UNDELIVERED

	}

	public record Entry(long id, Money amount, Reason reason, Long invoiceId, Long paymentId, String note, Instant at) {
	}

	private final JdbcClient jdbc;

	Credits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds credit (positive) or spends it (negative); never below zero. */
	void move(long clientId, Money amount, Reason reason, Long invoiceId, Long paymentId, String note, Instant now) {
		jdbc.sql("insert into client_credit (client_id, currency, balance) values (:client, :currency, 0) "
				+ "on conflict do nothing")
			.param("client", clientId)
			.param("currency", amount.currencyCode())
			.update();
		int changed = jdbc.sql("""
				update client_credit set balance = balance + :amount
				where client_id = :client and currency = :currency and balance + :amount >= 0""")
			.param("client", clientId)
			.param("currency", amount.currencyCode())
			.param("amount", amount.amount())
			.update();
		if (changed == 0) {
			throw BillingRefusal.unprocessable("amount", "billing.credit.insufficient");
		}
		jdbc.sql("""
				insert into credit_entry (client_id, currency, amount, reason, invoice_id, payment_id, note, created_at)
				values (:client, :currency, :amount, :reason, :invoice, :payment, :note, :now)""")
			.param("client", clientId)
			.param("currency", amount.currencyCode())
			.param("amount", amount.amount())
			.param("reason", reason.name())
			.param("invoice", invoiceId)
			.param("payment", paymentId)
			.param("note", note)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Whether the invoice already moved credit for this reason. */
	boolean exists(long invoiceId, Reason reason) {
		return jdbc.sql("select count(*) from credit_entry where invoice_id = :invoice and reason = :reason")
			.param("invoice", invoiceId)
			.param("reason", reason.name())
			.query(Long.class)
			.single() > 0;
	}

	/** The balance, its row locked until the transaction ends. */
	Money lockBalance(long clientId, String currency) {
		return jdbc
			.sql("select balance from client_credit where client_id = :client and currency = :currency for update")
			.param("client", clientId)
			.param("currency", currency)
			.query(java.math.BigDecimal.class)
			.optional()
			.map(amount -> Money.of(amount, currency))
			.orElse(Money.of("0", currency));
	}

	List<Money> balances(long clientId) {
		return jdbc.sql("select currency, balance from client_credit where client_id = :client order by currency")
			.param("client", clientId)
			.query((rs, n) -> Money.of(rs.getBigDecimal("balance"), rs.getString("currency").trim()))
			.list();
	}

	List<Entry> entries(long clientId, int limit) {
		return jdbc.sql("""
				select * from credit_entry where client_id = :client order by id desc fetch first :limit rows only""")
			.param("client", clientId)
			.param("limit", limit)
			.query((rs, n) -> {
				long invoice = rs.getLong("invoice_id");
				Long invoiceId = rs.wasNull() ? null : invoice;
				long payment = rs.getLong("payment_id");
				Long paymentId = rs.wasNull() ? null : payment;
				return new Entry(rs.getLong("id"),
						Money.of(rs.getBigDecimal("amount"), rs.getString("currency").trim()),
						Reason.valueOf(rs.getString("reason")), invoiceId, paymentId, rs.getString("note"),
						rs.getTimestamp("created_at").toInstant());
			})
			.list();
	}

}
