package io.estante.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Messages clients sent to the company's number, once per WhatsApp message id. */
@Repository
public class InboundMessages {

	record Inbound(String waMessageId, String from, Long clientId, String profileName, String type, String body,
			Instant sentAt, long deliveryId) {
	}

	private final JdbcClient jdbc;

	InboundMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the message; empty when this message id was stored before. */
	Optional<Long> store(Inbound message, Instant now) {
		int inserted = jdbc.sql("""
				insert into whatsapp_inbound_message (wa_message_id, from_phone, client_id, profile_name,
				       message_type, body, sent_at, received_at, delivery_id)
				values (:id, :from, :client, :profile, :type, :body, :sentAt, :now, :delivery)
				on conflict do nothing""")
			.param("id", message.waMessageId())
			.param("from", message.from())
			.param("client", message.clientId())
			.param("profile", message.profileName())
			.param("type", message.type())
			.param("body", message.body())
			.param("sentAt", Timestamp.from(message.sentAt()))
			.param("now", Timestamp.from(now))
			.param("delivery", message.deliveryId())
			.update();
		if (inserted == 0) {
			return Optional.empty();
		}
		return Optional.of(jdbc.sql("select id from whatsapp_inbound_message where wa_message_id = :id")
			.param("id", message.waMessageId())
			.query(Long.class)
			.single());
	}

	public long countByWaMessageId(String waMessageId) {
		return jdbc.sql("select count(*) from whatsapp_inbound_message where wa_message_id = :id")
			.param("id", waMessageId)
			.query(Long.class)
			.single();
	}

}
