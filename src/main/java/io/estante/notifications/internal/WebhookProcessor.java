package io.estante.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.estante.clients.ClientContact;
import io.estante.clients.ClientDirectory;
import io.estante.clients.PhoneNumber;
import io.estante.notifications.InboundMessageReceived;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Processes a stored webhook delivery: delivery statuses move alerts, inbound messages
 * are stored with the client whose phone they come from and published. A delivery, a
 * status or a message seen before changes nothing.
 */
@Component
class WebhookProcessor {

	private static final Logger log = LoggerFactory.getLogger(WebhookProcessor.class);

	private final WebhookDeliveries deliveries;

	private final DeliveryStatuses statuses;

	private final InboundMessages inbound;

	private final ClientDirectory directory;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	WebhookProcessor(WebhookDeliveries deliveries, DeliveryStatuses statuses, InboundMessages inbound,
			ClientDirectory directory, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
		this.deliveries = deliveries;
		this.statuses = statuses;
		this.inbound = inbound;
		this.directory = directory;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(WebhookDeliveryStored stored) {
		Optional<WebhookDeliveries.Delivery> delivery = deliveries.byId(stored.deliveryId());
		if (delivery.isEmpty() || delivery.get().processedAt() != null) {
			return;
		}
		Instant now = Instant.now(clock);
		JsonNode root;
		try {
			root = json.readTree(delivery.get().payload());
		}
		catch (RuntimeException ex) {
			deliveries.markProcessed(stored.deliveryId(), "unreadable: " + ex.getMessage(), now);
			return;
		}
		int statusCount = 0;
		int messageCount = 0;
		for (JsonNode entry : root.path("entry")) {
			for (JsonNode change : entry.path("changes")) {
				if (!"messages".equals(change.path("field").asString(""))) {
					continue;
				}
				JsonNode value = change.path("value");
				for (JsonNode status : value.path("statuses")) {
					statusCount += status(status, now) ? 1 : 0;
				}
				Map<String, String> names = new HashMap<>();
				for (JsonNode contact : value.path("contacts")) {
					names.put(contact.path("wa_id").asString(""), contact.path("profile").path("name").asString(null));
				}
				for (JsonNode message : value.path("messages")) {
					messageCount += message(message, names, stored.deliveryId(), now) ? 1 : 0;
				}
			}
		}
		deliveries.markProcessed(stored.deliveryId(), statusCount + " statuses, " + messageCount + " messages", now);
	}

	private boolean status(JsonNode status, Instant now) {
		AlertStatus reported = switch (status.path("status").asString("")) {
			case "sent" -> AlertStatus.SENT;
			case "delivered" -> AlertStatus.DELIVERED;
			case "read" -> AlertStatus.READ;
			case "failed" -> AlertStatus.FAILED;
			default -> null;
		};
		String id = status.path("id").asString("");
		if (reported == null || id.isBlank()) {
			return false;
		}
		JsonNode error = status.path("errors").path(0);
		String code = error.isMissingNode() ? null : error.path("code").asString(null);
		String message = error.isMissingNode() ? null : describe(error);
		statuses
			.receive(new StatusUpdates.StatusUpdate(id, reported, epoch(status.path("timestamp"), now), code, message));
		return true;
	}

	private boolean message(JsonNode message, Map<String, String> names, long deliveryId, Instant now) {
		String id = message.path("id").asString("");
		String from = message.path("from").asString("");
		if (id.isBlank() || from.isBlank()) {
			return false;
		}
		String type = message.path("type").asString("unknown");
		String text = switch (type) {
			case "text" -> message.path("text").path("body").asString(null);
			case "button" -> message.path("button").path("text").asString(null);
			case "interactive" -> message.path("interactive")
				.path("button_reply")
				.path("title")
				.asString(message.path("interactive").path("list_reply").path("title").asString(null));
			default -> null;
		};
		text = text == null || text.length() <= 4096 ? text : text.substring(0, 4096);
		String e164 = "+" + from.replaceAll("\\D", "");
		Long clientId = null;
		try {
			clientId = directory.contactByPhone(new PhoneNumber(e164)).map(ClientContact::clientId).orElse(null);
		}
		catch (IllegalArgumentException ex) {
			log.info("Inbound WhatsApp message {} from a number that is not E.164: {}", id, from);
			e164 = from.length() > 16 ? from.substring(0, 16) : from;
		}
		String name = names.get(from);
		Instant sentAt = epoch(message.path("timestamp"), now);
		Optional<Long> stored = inbound.store(new InboundMessages.Inbound(id, e164, clientId,
				name == null || name.length() <= 200 ? name : name.substring(0, 200), type, text, sentAt, deliveryId),
				now);
		Long matched = clientId;
		String phone = e164;
		String body = text;
		stored.ifPresent(messageId -> events
			.publishEvent(new InboundMessageReceived(messageId, id, phone, matched, type, body, sentAt)));
		return stored.isPresent();
	}

	private static String describe(JsonNode error) {
		String title = error.path("title").asString("");
		String message = error.path("message").asString("");
		String details = error.path("error_data").path("details").asString("");
		StringBuilder text = new StringBuilder(title.isBlank() ? message : title);
		if (!message.isBlank() && !message.equals(title)) {
			text.append(": ").append(message);
		}
		if (!details.isBlank() && !details.equals(message)) {
			text.append(" (").append(details).append(")");
		}
		return text.toString();
	}

	private static Instant epoch(JsonNode timestamp, Instant fallback) {
		try {
			return Instant.ofEpochSecond(Long.parseLong(timestamp.asString("")));
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

}
