package io.estante.payments.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import io.estante.payments.gateway.InboundNotification;
import io.estante.shared.Money;

/**
 * The audit of gateway notifications: each stored raw first (its own statement, committed
 * at once), then completed with the verification result and what was done.
 */
@Repository
public class Notifications {

	/** The headers worth keeping: the signatures and what they sign. */
	private static final Set<String> KEPT = Set.of("x-signature", "x-request-id", "stripe-signature", "content-type",
			"user-agent");

	public enum Verification {

		PENDING, VERIFIED, REJECTED

	}

	/** How a notification ended. Nullable parts are unknown or not applicable. */
	public record Result(Verification verification, Outcome outcome, String detail, FlagReason flag, Long invoiceId,
			String transactionId, Money amount, Long paymentId) {

		static Result of(Verification verification, Outcome outcome, String detail) {
			return new Result(verification, outcome, detail, null, null, null, null, null);
		}

	}

	private final JdbcClient jdbc;

	Notifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long store(String gateway, InboundNotification notification, Instant at) {
		String headers = new TreeMap<>(notification.headers()).entrySet()
			.stream()
			.filter(e -> KEPT.contains(e.getKey()))
			.map(e -> e.getKey() + ": " + e.getValue())
			.collect(Collectors.joining("\n"));
		String query = new TreeMap<>(notification.query()).entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("&"));
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into payment_notification (gateway, received_at, headers, query, body, verification, outcome)
				values (?, ?, ?, ?, ?, 'PENDING', 'RECEIVED')""")
			.params(gateway, Timestamp.from(at), cut(headers, 4000), cut(query, 4000), notification.body())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void finish(long id, Result result) {
		jdbc.sql("""
				update payment_notification set verification = ?, outcome = ?, detail = ?, flagged = ?, flag_reason = ?,
				invoice_id = ?, transaction_id = ?, amount = ?, currency = ?, payment_id = ? where id = ?""")
			.params(result.verification().name(), result.outcome().name(), cut(result.detail(), 1000),
					result.flag() != null, result.flag() == null ? null : result.flag().name(), result.invoiceId(),
					cut(result.transactionId(), 255), result.amount() == null ? null : result.amount().amount(),
					result.amount() == null ? null : result.amount().currencyCode(), result.paymentId(), id)
			.update();
	}

	static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
