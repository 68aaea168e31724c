package io.estante.upgrades.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import io.estante.shared.BillingCycle;
import io.estante.shared.Money;
import io.estante.upgrades.UpgradePolicy;
import io.estante.upgrades.UpgradeStatus;

/**
 * Upgrade rows. An open upgrade carries its service's id in {@code open_service_id}, a
 * unique key: a second open upgrade of the same service cannot be written, whoever tries.
 */
@Repository
class Upgrades {

	private final JdbcClient jdbc;

	Upgrades(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record New(long serviceId, long clientId, long fromProductId, BillingCycle fromCycle,
			java.time.LocalDate fromPeriod, long toProductId, BillingCycle toCycle, UpgradePolicy policy,
			Money amountDue, Money periodValue, PeriodChange periodChange) {
	}

	/** Inserts an open upgrade (fails on the unique key when the service has one). */
	long insertOpen(New u, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into upgrade (service_id, client_id, from_product_id, from_cycle, from_period, to_product_id,
				    to_cycle, policy, currency, amount_due, period_value, period_change, status, open_service_id,
				    requested_at)
				values (:service, :client, :fromProduct, :fromCycle, :fromPeriod, :toProduct, :toCycle, :policy,
				    :currency, :due, :value, :change, 'AWAITING_PAYMENT', :service, :now)""")
			.param("service", u.serviceId())
			.param("client", u.clientId())
			.param("fromProduct", u.fromProductId())
			.param("fromCycle", u.fromCycle().name())
			.param("fromPeriod", Date.valueOf(u.fromPeriod()))
			.param("toProduct", u.toProductId())
			.param("toCycle", u.toCycle().name())
			.param("policy", u.policy().name())
			.param("currency", u.amountDue().currencyCode())
			.param("due", u.amountDue().amount())
			.param("value", u.periodValue().amount())
			.param("change", u.periodChange().name())
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void setInvoice(long id, long invoiceId) {
		jdbc.sql("update upgrade set invoice_id = :invoice where id = :id")
			.param("invoice", invoiceId)
			.param("id", id)
			.update();
	}

	/** The service's open upgrade, its row locked until the transaction ends. */
	Optional<Upgrade> lockOpen(long serviceId) {
		return jdbc.sql("select * from upgrade where open_service_id = :service for update")
			.param("service", serviceId)
			.query(Upgrades::map)
			.optional();
	}

	Optional<Upgrade> lock(long id) {
		return jdbc.sql("select * from upgrade where id = :id for update")
			.param("id", id)
			.query(Upgrades::map)
			.optional();
	}

	/**
	 * Closes an open upgrade; {@code handled} false leaves it for staff to look at.
	 */
	void close(long id, UpgradeStatus status, String outcome, boolean handled, Instant now) {
		jdbc.sql("""
				update upgrade set status = :status, open_service_id = null, closed_at = :now, outcome = :outcome,
				    handled_at = :handled, handled_by = :by
				where id = :id""")
			.param("status", status.name())
			.param("now", Timestamp.from(now))
			.param("outcome", outcome == null || outcome.length() <= 500 ? outcome : outcome.substring(0, 500))
			.param("handled", handled ? Timestamp.from(now) : null)
			.param("by", handled ? "system" : null)
			.param("id", id)
			.update();
	}

	/**
	 * Marks an upgrade that waited for staff as looked at; false when none was waiting.
	 */
	boolean markHandled(long id, String by, Instant now) {
		return jdbc
			.sql("update upgrade set handled_at = :now, handled_by = :by where id = :id and handled_at is null "
					+ "and status = 'CREDITED'")
			.param("now", Timestamp.from(now))
			.param("by", by)
			.param("id", id)
			.update() == 1;
	}

	List<Upgrade> ofService(long serviceId, int limit) {
		return jdbc
			.sql("select * from upgrade where service_id = :service order by id desc fetch first :limit rows only")
			.param("service", serviceId)
			.param("limit", limit)
			.query(Upgrades::map)
			.list();
	}

	/** Credited upgrades staff have not looked at yet, oldest first. */
	List<Upgrade> awaitingStaff(Long serviceId, int limit) {
		String ofService = serviceId == null ? "" : " and service_id = :service";
		return jdbc
			.sql("select * from upgrade where status = 'CREDITED' and handled_at is null" + ofService
					+ " order by id fetch first :limit rows only")
			.params(params(serviceId, limit))
			.query(Upgrades::map)
			.list();
	}

	/** The latest upgrades of every service (or one), newest first. */
	List<Upgrade> latest(Long serviceId, int limit) {
		String where = serviceId == null ? "" : " where service_id = :service";
		return jdbc.sql("select * from upgrade" + where + " order by id desc fetch first :limit rows only")
			.params(params(serviceId, limit))
			.query(Upgrades::map)
			.list();
	}

	private static java.util.Map<String, Object> params(Long serviceId, int limit) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("limit", limit);
		if (serviceId != null) {
			params.put("service", serviceId);
		}
		return params;
	}

	private static Upgrade map(ResultSet rs, int row) throws SQLException {
		String currency = rs.getString("currency").trim();
		long invoice = rs.getLong("invoice_id");
		Long invoiceId = rs.wasNull() ? null : invoice;
		return new Upgrade(rs.getLong("id"), rs.getLong("service_id"), rs.getLong("client_id"),
				rs.getLong("from_product_id"), BillingCycle.valueOf(rs.getString("from_cycle")),
				rs.getDate("from_period").toLocalDate(), rs.getLong("to_product_id"),
				BillingCycle.valueOf(rs.getString("to_cycle")), UpgradePolicy.valueOf(rs.getString("policy")),
				Money.of(rs.getBigDecimal("amount_due"), currency),
				Money.of(rs.getBigDecimal("period_value"), currency),
				PeriodChange.valueOf(rs.getString("period_change")), invoiceId,
				UpgradeStatus.valueOf(rs.getString("status")), instant(rs, "requested_at"), instant(rs, "closed_at"),
				rs.getString("outcome"), instant(rs, "handled_at"), rs.getString("handled_by"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
