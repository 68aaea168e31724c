package io.estante.clients;

import java.time.Instant;

/**
 * A client asked to reset its password. Carries the single-use token for the e-mail the
 * notifications module sends (only its hash is stored by clients).
 */
public record PasswordResetRequested(long clientId, String email, String language, String token, Instant expiresAt) {
}
