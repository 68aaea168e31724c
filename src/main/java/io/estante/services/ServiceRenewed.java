package io.estante.services;

/** A service's paid renewal moved its next due date forward. */
public record ServiceRenewed(long serviceId, long clientId, java.time.LocalDate nextDueDate) {
}
