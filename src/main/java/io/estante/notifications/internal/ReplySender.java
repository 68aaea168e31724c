package io.estante.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.estante.notifications.WhatsAppReply;

/**
 * Sends the free-form replies other modules ask for. A throttled or failed attempt
 * throws, so the publication stays incomplete and the resubmitter hands it back later; a
 * permanent refusal, a closed 24-hour window or WhatsApp switched off is logged and
 * dropped.
 */
@Component
class ReplySender {

	static final Duration WINDOW = Duration.ofHours(24);

	private static final Logger log = LoggerFactory.getLogger(ReplySender.class);

	private final WhatsAppSender sender;

	private final Clock clock;

	ReplySender(WhatsAppSender sender, Clock clock) {
		this.sender = sender;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(WhatsAppReply reply) {
		if (!sender.configured()) {
			log.info("WhatsApp is off: reply to {} not sent", reply.to());
			return;
		}
		if (reply.windowOpenedAt() != null && Instant.now(clock).isAfter(reply.windowOpenedAt().plus(WINDOW))) {
			log.info("The 24-hour window of {} closed: reply not sent", reply.to());
			return;
		}
		SendResult result = sender.sendText(reply.to(), reply.text(), reply.inReplyTo());
		if (result instanceof SendResult.Retry retry) {
			throw new IllegalStateException("Reply to " + reply.to() + " not sent yet: " + retry.message());
		}
		if (result instanceof SendResult.Permanent permanent) {
			log.warn("Reply to {} refused: {} {}", reply.to(), permanent.code(), permanent.message());
		}
	}

}
