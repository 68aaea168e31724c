package io.estante.clients;

import java.time.Instant;

/** A client's password changed, by the client or through a reset (a security alert). */
public record PasswordChanged(long clientId, Instant at, boolean throughReset) {
}
