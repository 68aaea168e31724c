package io.estante.notifications;

import java.time.Instant;

/**
 * Asks notifications to answer someone who wrote to the company's WhatsApp number with a
 * free-form text (publish it as an event, in the caller's transaction). WhatsApp allows
 * free-form messages only within 24 hours of the person's last message:
 * {@code windowOpenedAt} is when the answered message was sent; later than 24 hours after
 * it the reply is dropped (logged). {@code to} is E.164; {@code inReplyTo} the WhatsApp
 * id of the answered message (quoted in the reply), or null. Sent once per publication;
 * throttling and server errors are retried with notifications' publications.
 */
public record WhatsAppReply(String to, String text, String inReplyTo, Instant windowOpenedAt) {
}
