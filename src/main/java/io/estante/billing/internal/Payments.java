package io.estante.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.estante.shared.Money;

/**
 * Payment rows, unique per (method, transaction id). The insert does nothing when the
 * pair exists, so two deliveries of one notification at the same instant record it once.
 */
@Repository
public class Payments {

	private final JdbcClient jdbc;

	Payments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A recorded payment: what it was, and how it split between invoice and credit. */
	public record Payment(long id, long invoiceId, long clientId, String method, String transactionId, Money amount,
			Money applied, Money credited, String note, String recordedBy, Instant recordedAt) {
	}

	/** Inserts the payment unless its (method, transaction id) exists; empty then. */
	Optional<Long> insertIfNew(long invoiceId, long clientId, String method, String transactionId, Money amount,
			Money applied, Money credited, String note, String recordedBy, Instant now) {
		int inserted = jdbc.sql("""
				insert into payment (invoice_id, client_id, method, transaction_id, amount, currency, applied, credited,
				                     note, recorded_by, recorded_at)
				values (:invoice, :client, :method, :tx, :amount, :currency, :applied, :credited, :note, :by, :now)
				on conflict do nothing""")
			.param("invoice", invoiceId)
			.param("client", clientId)
			.param("method", method)
			.param("tx", transactionId)
			.param("amount", amount.amount())
			.param("currency", amount.currencyCode())
			.param("applied", applied.amount())
			.param("credited", credited.amount())
			.param("note", note)
			.param("by", recordedBy)
			.param("now", Timestamp.from(now))
			.update();
		return inserted == 0 ? Optional.empty() : byTransaction(method, transactionId).map(Payment::id);
	}

	Optional<Payment> byTransaction(String method, String transactionId) {
		return jdbc.sql("select * from payment where method = :method and transaction_id = :tx")
			.param("method", method)
			.param("tx", transactionId)
			.query(Payments::map)
			.optional();
	}

	List<Payment> forInvoice(long invoiceId) {
		return jdbc.sql("select * from payment where invoice_id = :id order by id")
			.param("id", invoiceId)
			.query(Payments::map)
			.list();
	}

	private static Payment map(ResultSet rs, int row) throws SQLException {
		String currency = rs.getString("currency").trim();
		return new Payment(rs.getLong("id"), rs.getLong("invoice_id"), rs.getLong("client_id"), rs.getString("method"),
				rs.getString("transaction_id"), Money.of(rs.getBigDecimal("amount"), currency),
				Money.of(rs.getBigDecimal("applied"), currency), Money.of(rs.getBigDecimal("credited"), currency),
				rs.getString("note"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
	}

}
