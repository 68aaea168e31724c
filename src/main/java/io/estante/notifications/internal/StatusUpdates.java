package io.estante.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Delivery statuses as WhatsApp reported them, one row per message and status. Kept so a
 * status that arrives before the send was recorded is applied once it is.
 */
@Repository
class StatusUpdates {

	record StatusUpdate(String providerMessageId, AlertStatus status, Instant occurredAt, String errorCode,
			String errorMessage) {
	}

	private final JdbcClient jdbc;

	StatusUpdates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** True when this status of this message was not known yet. */
	boolean store(StatusUpdate update, Instant now) {
		return jdbc.sql("""
				insert into whatsapp_status_update (provider_message_id, status, occurred_at, error_code,
				       error_message, received_at)
				values (:id, :status, :at, :code, :message, :now)
				on conflict do nothing""")
			.param("id", update.providerMessageId())
			.param("status", update.status().name())
			.param("at", Timestamp.from(update.occurredAt()))
			.param("code", update.errorCode())
			.param("message",
					update.errorMessage() == null || update.errorMessage().length() <= 1000 ? update.errorMessage()
							: update.errorMessage().substring(0, 1000))
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	List<StatusUpdate> of(String providerMessageId) {
		return jdbc.sql("select * from whatsapp_status_update where provider_message_id = :id order by occurred_at")
			.param("id", providerMessageId)
			.query((rs, row) -> new StatusUpdate(rs.getString("provider_message_id"),
					AlertStatus.valueOf(rs.getString("status")), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("error_code"), rs.getString("error_message")))
			.list();
	}

}
