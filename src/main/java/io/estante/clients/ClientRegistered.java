package io.estante.clients;

/** A person signed up (the welcome alert). */
public record ClientRegistered(long clientId, String email, String firstName, String language) {
}
