package io.estante.services;

/** A suspended service works again (e.g. its overdue invoice was paid). */
public record ServiceReactivated(long serviceId, long clientId, String label) {
}
