package io.estante.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alert rows. Every change of state is a conditional update (on the status, or on the
 * claim token of the node that holds the alert), so two nodes never both act on one
 * alert.
 */
@Repository
public class Alerts {

	private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final JsonMapper json;

	Alerts(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
	}

	/**
	 * Stores the alerts in one JDBC batch, each unless one exists for its notice and
	 * channel; answers, per alert, whether it was stored.
	 */
	boolean[] insertAll(List<NewAlert> rows, Instant now) {
		boolean[] stored = new boolean[rows.size()];
		if (rows.isEmpty()) {
			return stored;
		}
		Timestamp at = Timestamp.from(now);
		int[][] counts = template.batchUpdate("""
				insert into notification_alert (notice_key, client_id, moment, channel, essential, language, recipient,
				       template, values_json, status, reason, next_attempt_at, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing""", rows, rows.size(), (ps, alert) -> {
			ps.setString(1, alert.noticeKey());
			ps.setLong(2, alert.clientId());
			ps.setString(3, alert.moment());
			ps.setString(4, alert.channel().name());
			ps.setBoolean(5, alert.essential());
			ps.setString(6, alert.language());
			ps.setString(7, alert.recipient());
			ps.setString(8, alert.template());
			ps.setString(9, json.writeValueAsString(alert.values()));
			ps.setString(10, alert.status().name());
			ps.setString(11, alert.reason() == null ? null : alert.reason().code());
			ps.setTimestamp(12, at);
			ps.setTimestamp(13, at);
			ps.setTimestamp(14, at);
		});
		for (int i = 0; i < rows.size(); i++) {
			stored[i] = counts[0][i] != 0;
		}
		return stored;
	}

	/**
	 * Claims up to {@code max} due alerts of a channel for one node: rows locked by
	 * another node's claim are skipped, not waited for.
	 */
	@Transactional
	public List<Alert> claim(Channel channel, int max, String token, String node, Instant now, Instant until) {
		List<Long> ids = jdbc.sql("""
				select id from notification_alert
				where channel = :channel and status = 'QUEUED' and next_attempt_at <= :now
				order by next_attempt_at, id
				fetch first :max rows only
				for update skip locked""")
			.param("channel", channel.name())
			.param("now", Timestamp.from(now))
			.param("max", max)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return List.of();
		}
		jdbc.sql("""
				update notification_alert
				set status = 'SENDING', claim_token = :token, claimed_by = :node, claim_until = :until,
				    attempts = attempts + 1, updated_at = :now
				where id in (:ids) and status = 'QUEUED'""")
			.param("token", token)
			.param("node", node)
			.param("until", Timestamp.from(until))
			.param("now", Timestamp.from(now))
			.param("ids", ids)
			.update();
		return jdbc
			.sql("select * from notification_alert where claim_token = :token and status = 'SENDING' order by id")
			.param("token", token)
			.query(this::map)
			.list();
	}

	/**
	 * Claims that outlived their node (it stopped mid-send) become due again.
	 */
	public int requeueExpiredClaims(Instant now) {
		return jdbc.sql("""
				update notification_alert set status = 'QUEUED', claim_token = null, updated_at = :now
				where status = 'SENDING' and claim_until < :now""").param("now", Timestamp.from(now)).update();
	}

	boolean markSent(long id, String token, String providerMessageId, Instant now) {
		return jdbc.sql("""
				update notification_alert set status = 'SENT', provider_message_id = :provider, sent_at = :now,
				       error_code = null, error_message = null, claim_token = null, updated_at = :now
				where id = :id and claim_token = :token and status = 'SENDING'""")
			.param("provider", providerMessageId)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("token", token)
			.update() == 1;
	}

	boolean markRetry(long id, String token, String code, String message, Instant next, Instant now) {
		return jdbc.sql("""
				update notification_alert set status = 'QUEUED', next_attempt_at = :next, error_code = :code,
				       error_message = :message, claim_token = null, updated_at = :now
				where id = :id and claim_token = :token and status = 'SENDING'""")
			.param("next", Timestamp.from(next))
			.param("code", code)
			.param("message", truncate(message))
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("token", token)
			.update() == 1;
	}

	boolean markFailed(long id, String token, String code, String message, Instant now) {
		return jdbc.sql("""
				update notification_alert set status = 'FAILED', failed_at = :now, error_code = :code,
				       error_message = :message, claim_token = null, updated_at = :now
				where id = :id and claim_token = :token and status = 'SENDING'""")
			.param("code", code)
			.param("message", truncate(message))
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("token", token)
			.update() == 1;
	}

	/**
	 * A delivery status from the provider: moves the alert forward only (see
	 * {@link AlertStatus#mayBecome}).
	 */
	Optional<Alert> applyStatus(String providerMessageId, AlertStatus reported, Instant at, String code, String message,
			Instant now) {
		Optional<Alert> found = byProviderMessageId(providerMessageId);
		if (found.isEmpty() || !found.get().status().mayBecome(reported)) {
			return Optional.empty();
		}
		String column = switch (reported) {
			case DELIVERED -> "delivered_at";
			case READ -> "read_at";
			case FAILED -> "failed_at";
			default -> "sent_at";
		};
		int updated = jdbc
			.sql("update notification_alert set status = :status, " + column + " = :at, "
					+ "error_code = coalesce(:code, error_code), error_message = coalesce(:message, error_message), "
					+ "updated_at = :now where id = :id and status = :current")
			.param("status", reported.name())
			.param("at", Timestamp.from(at))
			.param("code", code)
			.param("message", truncate(message))
			.param("now", Timestamp.from(now))
			.param("id", found.get().id())
			.param("current", found.get().status().name())
			.update();
		return updated == 1 ? byId(found.get().id()) : Optional.empty();
	}

	/**
	 * An e-mail alert that was skipped becomes the fallback of a WhatsApp alert that
	 * failed.
	 */
	boolean queueAsFallback(long id, Instant now) {
		return jdbc.sql("""
				update notification_alert set status = 'QUEUED', reason = 'fallback', next_attempt_at = :now,
				       updated_at = :now
				where id = :id and status = 'SKIPPED' and reason in ('switched-off', 'no-template')""")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() == 1;
	}

	void replaceValues(long id, Map<String, String> values) {
		jdbc.sql("update notification_alert set values_json = :values where id = :id")
			.param("values", json.writeValueAsString(values))
			.param("id", id)
			.update();
	}

	public Optional<Alert> byId(long id) {
		return jdbc.sql("select * from notification_alert where id = :id").param("id", id).query(this::map).optional();
	}

	public Optional<Alert> byNotice(String noticeKey, Channel channel) {
		return jdbc.sql("select * from notification_alert where notice_key = :key and channel = :channel")
			.param("key", noticeKey)
			.param("channel", channel.name())
			.query(this::map)
			.optional();
	}

	public Optional<Alert> byProviderMessageId(String providerMessageId) {
		return jdbc.sql("select * from notification_alert where provider_message_id = :provider order by id")
			.param("provider", providerMessageId)
			.query(this::map)
			.stream()
			.findFirst();
	}

	/**
	 * The log, newest first: optionally one client, moment, channel or status; before an
	 * id.
	 */
	public List<Alert> find(AlertFilter filter, Long beforeId, int limit) {
		StringBuilder sql = new StringBuilder("select * from notification_alert where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.clientId() != null) {
			sql.append(" and client_id = :client");
			params.put("client", filter.clientId());
		}
		if (filter.moment() != null) {
			sql.append(" and moment = :moment");
			params.put("moment", filter.moment());
		}
		if (filter.channel() != null) {
			sql.append(" and channel = :channel");
			params.put("channel", filter.channel().name());
		}
		if (filter.status() != null) {
			sql.append(" and status = :status");
			params.put("status", filter.status().name());
		}
		if (beforeId != null) {
			sql.append(" and id < :before");
			params.put("before", beforeId);
		}
		sql.append(" order by id desc fetch first :limit rows only");
		params.put("limit", limit);
		return jdbc.sql(sql.toString()).params(params).query(this::map).list();
	}

	private static String truncate(String message) {
		return message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
	}

	private Alert map(ResultSet rs, int row) throws SQLException {
		return new Alert(rs.getLong("id"), rs.getString("notice_key"), rs.getLong("client_id"), rs.getString("moment"),
				Channel.valueOf(rs.getString("channel")), rs.getBoolean("essential"), rs.getString("language"),
				rs.getString("recipient"), rs.getString("template"),
				json.readValue(rs.getString("values_json"), VALUES), AlertStatus.valueOf(rs.getString("status")),
				AlertReason.ofCode(rs.getString("reason")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
				rs.getString("claim_token"), rs.getString("provider_message_id"), rs.getString("error_code"),
				rs.getString("error_message"), instant(rs, "created_at"), instant(rs, "sent_at"),
				instant(rs, "delivered_at"), instant(rs, "read_at"), instant(rs, "failed_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
