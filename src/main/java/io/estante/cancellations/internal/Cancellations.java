package io.estante.cancellations.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import io.estante.cancellations.CancellationType;

/**
 * Cancellation request rows. Closing a request is a conditional update on PENDING, so a
 * withdrawal and the daily run racing for the same request cannot both win.
 */
@Repository
public class Cancellations {

	private static final String COLUMNS = """
			id, service_id, client_id, service_label, type, status, reason, effective_on, auto_renew_before,
			requested_by_kind, requested_by, requested_at, closed_at, closed_by""";

	private final JdbcClient jdbc;

	Cancellations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewRequest(long serviceId, long clientId, String label, CancellationType type, String reason,
			LocalDate effectiveOn, boolean autoRenewBefore, String byKind, String by) {
	}

	/** Stores a request: PENDING for the end of the period, EFFECTIVE when immediate. */
	long insert(NewRequest r, Instant now) {
		boolean pending = r.type() == CancellationType.END_OF_PERIOD;
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into cancellation_request (service_id, client_id, service_label, type, status, reason,
				    effective_on, auto_renew_before, requested_by_kind, requested_by, requested_at, closed_at,
				    closed_by, open_service_id)
				values (:service, :client, :label, :type, :status, :reason, :effective, :autoRenew, :byKind, :by,
				        :now, :closedAt, :closedBy, :open)""")
			.param("service", r.serviceId())
			.param("client", r.clientId())
			.param("label", r.label())
			.param("type", r.type().name())
			.param("status", pending ? "PENDING" : "EFFECTIVE")
			.param("reason", r.reason())
			.param("effective", Date.valueOf(r.effectiveOn()))
			.param("autoRenew", r.autoRenewBefore())
			.param("byKind", r.byKind())
			.param("by", r.by())
			.param("now", Timestamp.from(now))
			.param("closedAt", pending ? null : Timestamp.from(now))
			.param("closedBy", pending ? null : r.by())
			.param("open", pending ? r.serviceId() : null)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public Optional<Cancellation> byId(long id) {
		return jdbc.sql("select " + COLUMNS + " from cancellation_request where id = :id")
			.param("id", id)
			.query(Cancellations::map)
			.optional();
	}

	public Optional<Cancellation> pendingFor(long serviceId) {
		return jdbc.sql("select " + COLUMNS + " from cancellation_request where open_service_id = :service")
			.param("service", serviceId)
			.query(Cancellations::map)
			.optional();
	}

	/** A service's requests, newest first. */
	public List<Cancellation> ofService(long serviceId) {
		return jdbc.sql("select " + COLUMNS + " from cancellation_request where service_id = :service order by id desc")
			.param("service", serviceId)
			.query(Cancellations::map)
			.list();
	}

	/** Staff's queue: by status (all when null), newest first, keyset on the id. */
	public List<Cancellation> queue(Cancellation.Status status, Long before, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from cancellation_request where id < :before"
					+ (status == null ? "" : " and status = :status")
					+ " order by id desc fetch first :limit rows only")
			.params(status == null ? java.util.Map.of() : java.util.Map.of("status", status.name()))
			.param("before", before == null ? Long.MAX_VALUE : before)
			.param("limit", limit)
			.query(Cancellations::map)
			.list();
	}

	/** Pending requests due by {@code asOf}, after {@code afterId}, in id order. */
	List<Cancellation> due(LocalDate asOf, long afterId, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from cancellation_request where status = 'PENDING' and effective_on <= :asOf and id > :after
				order by id fetch first :limit rows only""")
			.param("asOf", Date.valueOf(asOf))
			.param("after", afterId)
			.param("limit", limit)
			.query(Cancellations::map)
			.list();
	}

	long countDue(LocalDate asOf) {
		return jdbc.sql("select count(*) from cancellation_request where status = 'PENDING' and effective_on <= :asOf")
			.param("asOf", Date.valueOf(asOf))
			.query(Long.class)
			.single();
	}

	/** Closes a pending request; false when it was no longer pending. */
	boolean close(long id, Cancellation.Status to, String by, Instant now) {
		return jdbc.sql("""
				update cancellation_request set status = :to, closed_at = :now, closed_by = :by, open_service_id = null
				where id = :id and status = 'PENDING'""")
			.param("id", id)
			.param("to", to.name())
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	static Cancellation map(ResultSet rs, int row) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new Cancellation(rs.getLong("id"), rs.getLong("service_id"), rs.getLong("client_id"),
				rs.getString("service_label"), CancellationType.valueOf(rs.getString("type")),
				Cancellation.Status.valueOf(rs.getString("status")), rs.getString("reason"),
				rs.getDate("effective_on").toLocalDate(), rs.getBoolean("auto_renew_before"),
				rs.getString("requested_by_kind"), rs.getString("requested_by"),
				rs.getTimestamp("requested_at").toInstant(), closed == null ? null : closed.toInstant(),
				rs.getString("closed_by"));
	}

}
