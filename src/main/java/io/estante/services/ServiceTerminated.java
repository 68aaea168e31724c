package io.estante.services;

/** A service was terminated: deleted from the systems that ran it. */
public record ServiceTerminated(long serviceId, long clientId, String label, String reason) {
}
