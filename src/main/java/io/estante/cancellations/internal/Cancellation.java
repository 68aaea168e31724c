package io.estante.cancellations.internal;

import java.time.Instant;
import java.time.LocalDate;

import io.estante.cancellations.CancellationType;

/**
 * A cancellation request. PENDING (end of period, not yet effective) → EFFECTIVE (the
 * service was cancelled) or WITHDRAWN (by the client, before it took effect); an
 * immediate request is EFFECTIVE from the start. Nothing leaves EFFECTIVE: a cancelled
 * service is not restored.
 */
public record Cancellation(long id, long serviceId, long clientId, String serviceLabel, CancellationType type,
		Status status, String reason, LocalDate effectiveOn, boolean autoRenewBefore, String requestedByKind,
		String requestedBy, Instant requestedAt, Instant closedAt, String closedBy) {

	public enum Status {

		PENDING, EFFECTIVE, WITHDRAWN

	}

	public boolean pending() {
		return status == Status.PENDING;
	}

	public boolean byStaff() {
		return "STAFF".equals(requestedByKind);
	}

}
