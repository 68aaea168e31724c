package io.estante.services.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import io.estante.services.ServiceStatus;
import io.estante.services.SuspensionReason;
import io.estante.shared.BillingCycle;
import io.estante.shared.Money;

/**
 * Service rows. Status changes are conditional updates, so a stale caller changes
 * nothing.
 */
@Repository
public class Services {

	static final String COLUMNS = """
			s.id, s.client_id, s.product_id, s.label, s.billing_cycle, s.status, s.currency, s.amount_paid,
			s.period_start, s.next_due_date, s.auto_renew, s.order_invoice_id, s.suspension_reason,
			s.suspension_note, s.suspended_on, s.ended_on, s.created_at, s.updated_at""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	Services(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
		this.jdbc = jdbc;
		this.named = named;
	}

	public record NewService(long clientId, long productId, String label, BillingCycle cycle, ServiceStatus status,
			Money amountPaid, LocalDate periodStart, LocalDate nextDueDate, boolean autoRenew,
			SuspensionReason suspensionReason, LocalDate suspendedOn, LocalDate endedOn) {
	}

	public long insert(NewService s, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into service (client_id, product_id, label, billing_cycle, status, currency, amount_paid,
				                     period_start, next_due_date, auto_renew, suspension_reason, suspended_on,
				                     ended_on, created_at, updated_at)
				values (:client, :product, :label, :cycle, :status, :currency, :paid, :start, :due, :autoRenew,
				        :reason, :suspendedOn, :endedOn, :now, :now)""")
			.param("client", s.clientId())
			.param("product", s.productId())
			.param("label", s.label())
			.param("cycle", s.cycle().name())
			.param("status", s.status().name())
			.param("currency", s.amountPaid().currencyCode())
			.param("paid", s.amountPaid().amount())
			.param("start", date(s.periodStart()))
			.param("due", date(s.nextDueDate()))
			.param("autoRenew", s.autoRenew())
			.param("reason", s.suspensionReason() == null ? null : s.suspensionReason().name())
			.param("suspendedOn", date(s.suspendedOn()))
			.param("endedOn", date(s.endedOn()))
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public Optional<Service> byId(long id) {
		return jdbc.sql("select " + COLUMNS + " from service s where s.id = :id")
			.param("id", id)
			.query(Services::map)
			.optional();
	}

	/** The row, locked until the transaction ends: one change of a service at a time. */
	public Optional<Service> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from service s where s.id = :id for update")
			.param("id", id)
			.query(Services::map)
			.optional();
	}

	/** These rows, locked, in id order (the daily run's batches). */
	public List<Service> lockAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from service s where s.id in (:ids) order by s.id for update")
			.param("ids", ids)
			.query(Services::map)
			.list();
	}

	/**
	 * Locks those of the services that are in {@code status}; the others are neither read
	 * nor locked (a daily step re-meeting services it already acted on).
	 */
	public List<Service> lockAll(Collection<Long> ids, ServiceStatus status) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select " + COLUMNS + " from service s where s.id in (:ids) and s.status = :status"
					+ " order by s.id for update")
			.param("ids", ids)
			.param("status", status.name())
			.query(Services::map)
			.list();
	}

	/** A client's services, newest first, before the {@code before} id when it is set. */
	public List<Service> ofClient(long clientId, Long before, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from service s where s.client_id = :client"
					+ (before == null ? "" : " and s.id < :before")
					+ " order by s.id desc fetch first :limit rows only")
			.param("client", clientId)
			.params(before == null ? java.util.Map.of() : java.util.Map.of("before", before))
			.param("limit", limit)
			.query(Services::map)
			.list();
	}

	public void setOrderInvoice(long id, long invoiceId) {
		jdbc.sql("update service set order_invoice_id = :invoice where id = :id")
			.param("id", id)
			.param("invoice", invoiceId)
			.update();
	}

	/** Writes the state of a row read with {@link #lock}. */
	private static final String UPDATE = """
			update service set client_id = :client, product_id = :product, label = :label,
			       billing_cycle = :cycle, status = :status, currency = :currency, amount_paid = :paid,
			       period_start = :start, next_due_date = :due, auto_renew = :autoRenew,
			       suspension_reason = :reason, suspension_note = :note, suspended_on = :suspendedOn,
			       ended_on = :endedOn, updated_at = :now, version = version + 1
			where id = :id""";

	public void save(Service s, Instant now) {
		jdbc.sql(UPDATE).paramSource(row(s, now)).update();
	}

	/** Many rows in one JDBC batch (a daily-run batch of suspensions). */
	public void saveAll(List<Service> rows, Instant now) {
		if (rows.size() == 1) {
			save(rows.get(0), now);
		}
		else if (!rows.isEmpty()) {
			named.batchUpdate(UPDATE, rows.stream().map(s -> row(s, now)).toArray(MapSqlParameterSource[]::new));
		}
	}

	private static MapSqlParameterSource row(Service s, Instant now) {
		return new MapSqlParameterSource().addValue("id", s.id())
			.addValue("client", s.clientId())
			.addValue("product", s.productId())
			.addValue("label", s.label())
			.addValue("cycle", s.cycle().name())
			.addValue("status", s.status().name())
			.addValue("currency", s.currency())
			.addValue("paid", s.amountPaid().amount())
			.addValue("start", date(s.periodStart()))
			.addValue("due", date(s.nextDueDate()))
			.addValue("autoRenew", s.autoRenew())
			.addValue("reason", s.suspensionReason() == null ? null : s.suspensionReason().name())
			.addValue("note", s.suspensionNote())
			.addValue("suspendedOn", date(s.suspendedOn()))
			.addValue("endedOn", date(s.endedOn()))
			.addValue("now", Timestamp.from(now));
	}

	static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	static Service map(ResultSet rs, int row) throws SQLException {
		String reason = rs.getString("suspension_reason");
		return new Service(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("product_id"), rs.getString("label"),
				BillingCycle.valueOf(rs.getString("billing_cycle")), ServiceStatus.valueOf(rs.getString("status")),
				Money.of(rs.getBigDecimal("amount_paid"), rs.getString("currency").trim()),
				localDate(rs, "period_start"), localDate(rs, "next_due_date"), rs.getBoolean("auto_renew"),
				rs.getObject("order_invoice_id", Long.class), reason == null ? null : SuspensionReason.valueOf(reason),
				rs.getString("suspension_note"), localDate(rs, "suspended_on"), localDate(rs, "ended_on"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
