package io.estante.services;

/** A service started working (its first invoice was paid, or staff activated it). */
public record ServiceActivated(long serviceId, long clientId, long productId, String label) {
}
