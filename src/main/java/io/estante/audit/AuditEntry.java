package io.estante.audit;

import java.time.Instant;

/**
 * One line of the audit trail: who ({@code actorKind} CLIENT, STAFF or SYSTEM, its id and
 * name), when, from where ({@code address}), what ({@code action}) and on what
 * ({@code subject}, e.g. "client:42").
 */
public record AuditEntry(long id, Instant occurredAt, String actorKind, Long actorId, String actorName, String action,
		String subject, String detail, String address) {
}
