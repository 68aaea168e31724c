package io.estante.upgrades.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Requests clients send staff when no automatic upgrade is possible. An open request
 * holds its service's id in the unique {@code open_service_id}: one at a time per
 * service.
 */
@Repository
public class StaffRequests {

	/** A request as staff see it. */
	public record StaffRequest(long id, long serviceId, long clientId, long productId, String message,
			Instant createdAt, Instant handledAt, String handledBy) {

		public boolean open() {
			return handledAt == null;
		}

	}

	private final JdbcClient jdbc;

	StaffRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean hasOpen(long serviceId) {
		return jdbc.sql("select count(*) from upgrade_request where open_service_id = :service")
			.param("service", serviceId)
			.query(Long.class)
			.single() > 0;
	}

	long insert(long serviceId, long clientId, long productId, String message, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into upgrade_request (service_id, client_id, product_id, message, open_service_id, created_at)
				values (:service, :client, :product, :message, :service, :now)""")
			.param("service", serviceId)
			.param("client", clientId)
			.param("product", productId)
			.param("message", message)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean markHandled(long id, String by, Instant now) {
		return jdbc.sql("""
				update upgrade_request set handled_at = :now, handled_by = :by, open_service_id = null
				where id = :id and handled_at is null""")
			.param("now", Timestamp.from(now))
			.param("by", by)
			.param("id", id)
			.update() == 1;
	}

	/** Open requests first (oldest first), then the latest handled ones. */
	List<StaffRequest> forStaff(Long serviceId, int limit) {
		String where = serviceId == null ? "" : " where service_id = :service";
		var sql = jdbc
			.sql("select * from upgrade_request" + where
					+ " order by case when handled_at is null then 0 else 1 end, id desc fetch first :limit rows only")
			.param("limit", limit);
		if (serviceId != null) {
			sql = sql.param("service", serviceId);
		}
		return sql.query(StaffRequests::map).list();
	}

	private static StaffRequest map(ResultSet rs, int row) throws SQLException {
		return new StaffRequest(rs.getLong("id"), rs.getLong("service_id"), rs.getLong("client_id"),
				rs.getLong("product_id"), rs.getString("message"), Upgrades.instant(rs, "created_at"),
				Upgrades.instant(rs, "handled_at"), rs.getString("handled_by"));
	}

}
