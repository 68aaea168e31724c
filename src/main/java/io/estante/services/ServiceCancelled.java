package io.estante.services;

/** A service was cancelled (on the client's request or by staff); it will be deleted. */
public record ServiceCancelled(long serviceId, long clientId, String label, String reason) {
}
