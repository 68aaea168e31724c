package io.estante.clients;

import java.time.Instant;

/**
 * Staff checked a client's identity document: from now on the client counts as verified
 * (transfers, for instance, may require it). {@code verifiedBy} is the staff account.
 */
public record ClientVerified(long clientId, Instant verifiedAt, long verifiedBy) {
}
