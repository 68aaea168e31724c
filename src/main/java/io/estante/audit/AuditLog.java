package io.estante.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit trail, for staff: newest first, paged by id, filtered by client (what
 * was done to it and what it did) and by actor e-mail. Every filter is index-backed.
 */
@Service
public class AuditLog {

	public static final int MAX_PAGE = 200;

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * All fields optional. {@code before}: the {@code nextCursor} of the previous page.
	 */
	public record Filter(Long clientId, String actor, Long before, int limit) {
	}

	public record Page(List<AuditEntry> items, Long nextCursor) {
	}

	@Transactional(readOnly = true)
	public Page find(Filter filter) {
		int size = Math.max(1, Math.min(filter.limit(), MAX_PAGE));
		StringBuilder sql = new StringBuilder("select * from audit_entry where 1 = 1");
		if (filter.before() != null) {
			sql.append(" and id < :before");
		}
		if (filter.clientId() != null) {
			sql.append(" and (subject = :subject or (actor_kind = 'CLIENT' and actor_id = :clientId))");
		}
		String actor = filter.actor() == null ? "" : filter.actor().trim().toLowerCase(Locale.ROOT);
		if (!actor.isEmpty()) {
			sql.append(" and actor_name = :actor");
		}
		sql.append(" order by id desc fetch first ").append(size + 1).append(" rows only");
		var spec = jdbc.sql(sql.toString());
		if (filter.before() != null) {
			spec = spec.param("before", filter.before());
		}
		if (filter.clientId() != null) {
			spec = spec.param("subject", "client:" + filter.clientId()).param("clientId", filter.clientId());
		}
		if (!actor.isEmpty()) {
			spec = spec.param("actor", actor);
		}
		List<AuditEntry> rows = spec.query(AuditLog::map).list();
		boolean more = rows.size() > size;
		List<AuditEntry> items = more ? rows.subList(0, size) : rows;
		return new Page(List.copyOf(items), more ? items.get(items.size() - 1).id() : null);
	}

	private static AuditEntry map(ResultSet rs, int n) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_kind"),
				rs.getObject("actor_id", Long.class), rs.getString("actor_name"), rs.getString("action"),
				rs.getString("subject"), rs.getString("detail"), rs.getString("address"));
	}

}
