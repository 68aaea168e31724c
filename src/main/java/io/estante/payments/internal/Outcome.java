package io.estante.payments.internal;

/**
 * What became of a notification. {@code REJECTED}: bad signature; {@code MALFORMED}:
 * signed but unreadable; {@code IGNORED}: nothing to settle; {@code APPLIED}: payment
 * recorded; {@code DUPLICATE}: recorded before, nothing changed; {@code CREDITED}:
 * recorded as client credit (invoice already paid or cancelled); {@code NOT_APPLIED}:
 * confirmed but refused by the rules; {@code FAILED}: could not be finished (the gateway
 * retries).
 */
public enum Outcome {

	RECEIVED, REJECTED, MALFORMED, IGNORED, APPLIED, DUPLICATE, CREDITED, NOT_APPLIED, FAILED

}
