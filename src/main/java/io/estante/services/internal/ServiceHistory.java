package io.estante.services.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.estante.services.ServiceStatus;

/** Every change of a service (who, when, why), written in the change's transaction. */
@Repository
public class ServiceHistory {

	private static final String INSERT = """
			insert into service_event (service_id, occurred_at, action, from_status, to_status, actor_kind,
			                           actor_id, actor_name, reason)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ServiceHistory(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public record Entry(long serviceId, String action, ServiceStatus from, ServiceStatus to, Actor actor,
			String reason) {
	}

	public record Recorded(long id, Instant at, String action, ServiceStatus from, ServiceStatus to, String actorKind,
			String actorName, String reason) {
	}

	public void record(Entry entry, Instant at) {
		recordAll(List.of(entry), at);
	}

	/** One JDBC batch for the lot (the daily run's batches). */
	public void recordAll(List<Entry> entries, Instant at) {
		if (entries.isEmpty()) {
			return;
		}
		Timestamp when = Timestamp.from(at);
		template.batchUpdate(INSERT, entries, 500, (ps, e) -> {
			ps.setLong(1, e.serviceId());
			ps.setTimestamp(2, when);
			ps.setString(3, e.action());
			ps.setString(4, e.from() == null ? null : e.from().name());
			ps.setString(5, e.to() == null ? null : e.to().name());
			ps.setString(6, e.actor().kind());
			ps.setObject(7, e.actor().id(), java.sql.Types.BIGINT);
			ps.setString(8, e.actor().name());
			ps.setString(9, truncate(e.reason()));
		});
	}

	/** Newest first. */
	public List<Recorded> of(long serviceId, int limit) {
		return jdbc.sql("""
				select id, occurred_at, action, from_status, to_status, actor_kind, actor_name, reason
				from service_event where service_id = :id order by id desc fetch first :limit rows only""")
			.param("id", serviceId)
			.param("limit", limit)
			.query((rs, n) -> new Recorded(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("action"), status(rs.getString("from_status")), status(rs.getString("to_status")),
					rs.getString("actor_kind"), rs.getString("actor_name"), rs.getString("reason")))
			.list();
	}

	private static ServiceStatus status(String name) {
		return name == null ? null : ServiceStatus.valueOf(name);
	}

	private static String truncate(String text) {
		return text == null || text.length() <= 500 ? text : text.substring(0, 500);
	}

}
