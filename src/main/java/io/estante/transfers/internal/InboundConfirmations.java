package io.estante.transfers.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.estante.clients.ClientContact;
import io.estante.clients.ClientDirectory;
import io.estante.notifications.InboundMessageReceived;
import io.estante.notifications.WhatsAppReply;
import io.estante.shared.i18n.Languages;

/**
 * Confirmations by WhatsApp. A message from a party's phone (notifications matched it to
 * the client) whose text is the request's confirms that side. One that names the service
 * and both e-mails but differs is refused, and its sender told where it differs; the
 * exact text from a phone of neither party changes nothing (the sender is told which
 * phone counts). Each inbound message is considered once, however often it arrives.
 */
@Component
class InboundConfirmations {

	private final Transfers transfers;

	private final TransferManagement management;

	private final TransferExpiry expiry;

	private final ClientDirectory clients;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	InboundConfirmations(Transfers transfers, TransferManagement management, TransferExpiry expiry,
			ClientDirectory clients, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.transfers = transfers;
		this.management = management;
		this.expiry = expiry;
		this.clients = clients;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(InboundMessageReceived message) {
		String text = TransferText.normalise(message.text());
		if (text == null || text.isEmpty()) {
			return;
		}
		Instant now = Instant.now(clock);
		List<Transfer> open = message.clientId() == null ? List.of()
				: transfers.openOf(message.clientId()).stream().filter(t -> !lapsed(t, now)).toList();
		for (Transfer t : open) {
			if (TransferText.matches(t.message(), text)) {
				confirm(message, t, now);
				return;
			}
		}
		for (Transfer t : open) {
			String from = email(t.fromClientId());
			String to = email(t.toClientId());
			if (TransferText.nearMiss(text, t.serviceLabel(), from, to)) {
				if (transfers.handleInbound(message.messageId(), t.id(), message.clientId(), "NEAR_MISS", now)) {
					reply(message, "transfers.whatsapp.near-miss", language(message.clientId(), t), t.id(),
							TransferText.firstDifference(t.message(), text));
				}
				return;
			}
		}
		List<Transfer> same = transfers.openWithMessage(text).stream().filter(t -> !lapsed(t, now)).toList();
		if (!same.isEmpty()) {
			Transfer t = same.getFirst();
			if (transfers.handleInbound(message.messageId(), t.id(), message.clientId(), "FOREIGN_PHONE", now)) {
				reply(message, "transfers.whatsapp.foreign-phone", language(message.clientId(), t), t.id());
			}
		}
	}

	private void confirm(InboundMessageReceived message, Transfer found, Instant now) {
		if (!transfers.handleInbound(message.messageId(), found.id(), message.clientId(), "CONFIRMED", now)) {
			return;
		}
		Transfer t = transfers.lock(found.id()).orElseThrow();
		if (!t.status().isOpen()) {
			return;
		}
		Transfer after = management.recordConfirmation(t, message.clientId(), Transfer.Channel.WHATSAPP);
		String key = switch (after.status()) {
			case COMPLETED -> "transfers.whatsapp.completed";
			case REJECTED -> "transfers.whatsapp.rejected";
			default -> after.bothConfirmed() ? "transfers.whatsapp.awaiting-staff" : "transfers.whatsapp.confirmed";
		};
		reply(message, key, language(message.clientId(), t), t.id());
	}

	/** A lapsed request is expired now (in this transaction) and ignored. */
	private boolean lapsed(Transfer t, Instant now) {
		return t.lapsed(now) && expiry.expire(t.id(), now);
	}

	private void reply(InboundMessageReceived message, String key, String language, Object... arguments) {
		String text = messages.getMessage(key, arguments, Languages.of(language));
		events.publishEvent(new WhatsAppReply(message.from(), text, message.waMessageId(), message.sentAt()));
	}

	/** The sender's language when it is a client, else the request's (the origin's). */
	private String language(Long clientId, Transfer t) {
		Optional<ClientContact> sender = clientId == null ? Optional.empty() : clients.contact(clientId);
		return sender.or(() -> clients.contact(t.fromClientId())).map(ClientContact::language).orElse("es");
	}

	private String email(long clientId) {
		return clients.contact(clientId).map(ClientContact::email).orElse("");
	}

}
