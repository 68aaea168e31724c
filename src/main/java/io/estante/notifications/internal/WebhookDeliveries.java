package io.estante.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Webhook deliveries as received; stored with the event that gets them processed. */
@Repository
public class WebhookDeliveries {

	record Delivery(long id, String payload, Instant processedAt) {
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WebhookDeliveries(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public long store(String payload) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into whatsapp_webhook_delivery (received_at, payload) values (:now, :payload)")
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("payload", payload)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		events.publishEvent(new WebhookDeliveryStored(id));
		return id;
	}

	Optional<Delivery> byId(long id) {
		return jdbc.sql("select id, payload, processed_at from whatsapp_webhook_delivery where id = :id")
			.param("id", id)
			.query((rs, row) -> new Delivery(rs.getLong("id"), rs.getString("payload"),
					Alerts.instant(rs, "processed_at")))
			.optional();
	}

	/** Marks it processed; false when another node did already. */
	boolean markProcessed(long id, String outcome, Instant now) {
		return jdbc.sql("""
				update whatsapp_webhook_delivery set processed_at = :now, outcome = :outcome
				where id = :id and processed_at is null""")
			.param("now", Timestamp.from(now))
			.param("outcome", outcome.length() > 1000 ? outcome.substring(0, 1000) : outcome)
			.param("id", id)
			.update() == 1;
	}

}
