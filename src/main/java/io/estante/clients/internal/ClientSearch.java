package io.estante.clients.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.estante.clients.InvalidPhoneNumber;
import io.estante.clients.PhoneNumber;

/**
 * What staff see of clients: a search by name, e-mail or phone and one client in full.
 * Every search is a prefix match on an indexed key (V21/V22), newest first, paged by id.
 */
@Component
public class ClientSearch {

	public static final int MAX_PAGE = 100;

	private final JdbcClient jdbc;

	private final FraudFlags flags;

	ClientSearch(JdbcClient jdbc, FraudFlags flags) {
		this.jdbc = jdbc;
		this.flags = flags;
	}

	public record Row(long id, String email, String firstName, String lastName, String phone, String language,
			String documentId, Instant verifiedAt, Long verifiedBy, Instant createdAt, boolean fraudRisk) {

		public boolean verified() {
			return verifiedAt != null;
		}

	}

	/**
	 * {@code nextCursor}: pass it as {@code before} for the following page; null at the
	 * end.
	 */
	public record Page(List<Row> items, Long nextCursor) {
	}

	public record Detail(Row client, List<FraudFlags.Flag> flags) {
	}

	@Transactional(readOnly = true)
	public Page find(String query, Long before, int limit) {
		int size = Math.max(1, Math.min(limit, MAX_PAGE));
		String q = query == null ? "" : query.trim();
		StringBuilder where = new StringBuilder(before == null ? "where 1 = 1" : "where c.id < :before");
		String key = null;
		String phoneKey = null;
		if (!q.isEmpty()) {
			if (q.contains("@")) {
				key = Clients.emailKey(q);
				where.append(" and c.email_key like :key escape '\\'");
			}
			else if (q.matches("[+\\d][\\d\\s().-]{3,}")) {
				key = q.replaceAll("\\D", "");
				phoneKey = phoneKey(q);
				where.append(" and (c.phone_key like :key escape '\\' or c.phone_key = :phoneKey)");
			}
			else {
				key = SearchKeys.of(q);
				where.append(" and (c.name_key like :key escape '\\' or c.last_name_key like :key escape '\\'"
						+ " or c.email_key like :key escape '\\')");
			}
		}
		var spec = jdbc.sql(SELECT + where + " order by c.id desc fetch first " + (size + 1) + " rows only");
		if (before != null) {
			spec = spec.param("before", before);
		}
		if (key != null) {
			spec = spec.param("key", escape(key) + "%");
		}
		if (phoneKey != null) {
			spec = spec.param("phoneKey", phoneKey);
		}
		List<Row> rows = spec.query(ClientSearch::map).list();
		boolean more = rows.size() > size;
		List<Row> items = more ? rows.subList(0, size) : rows;
		return new Page(List.copyOf(items), more ? items.get(items.size() - 1).id() : null);
	}

	@Transactional(readOnly = true)
	public Optional<Detail> detail(long id) {
		return jdbc.sql(SELECT + "where c.id = :id")
			.param("id", id)
			.query(ClientSearch::map)
			.optional()
			.map(row -> new Detail(row, flags.involving(id)));
	}

	private static final String SELECT = """
			select c.id, c.email, c.first_name, c.last_name, c.phone, c.language, c.document_id, c.verified_at,
			       c.verified_by, c.created_at,
			       exists (select 1 from client_fraud_flag f where f.client_id = c.id and f.resolved_at is null) as fraud_risk
			from client c
			""";

	private static String phoneKey(String q) {
		try {
			return PhoneNumber.parse(q).matchKey();
		}
		catch (InvalidPhoneNumber ex) {
			return null;
		}
	}

	private static String escape(String key) {
		return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static Row map(ResultSet rs, int n) throws SQLException {
		Timestamp verified = rs.getTimestamp("verified_at");
		return new Row(rs.getLong("id"), rs.getString("email"), rs.getString("first_name"), rs.getString("last_name"),
				rs.getString("phone"), rs.getString("language"), rs.getString("document_id"),
				verified == null ? null : verified.toInstant(), rs.getObject("verified_by", Long.class),
				rs.getTimestamp("created_at").toInstant(), rs.getBoolean("fraud_risk"));
	}

}
