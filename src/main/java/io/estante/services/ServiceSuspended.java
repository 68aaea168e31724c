package io.estante.services;

/**
 * A service was suspended (overdue invoice, fraud risk, staff decision); {@code reason}
 * says why.
 */
public record ServiceSuspended(long serviceId, long clientId, String label, String reason) {
}
