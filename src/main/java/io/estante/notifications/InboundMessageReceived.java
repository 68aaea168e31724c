package io.estante.notifications;

import java.time.Instant;

/**
 * Someone wrote to the company's WhatsApp number. Published once per WhatsApp message id,
 * after the message is stored. {@code clientId} is the client whose phone is this number
 * in any of its forms (549…, 54…, 15…), or null when no client has it; {@code from} is
 * E.164; {@code text} is the message's text (a button's title for replies), null for
 * media.
 */
public record InboundMessageReceived(long messageId, String waMessageId, String from, Long clientId, String type,
		String text, Instant sentAt) {
}
