package io.estante.cancellations.web;

import java.time.Instant;
import java.time.LocalDate;

import io.estante.cancellations.internal.Cancellation;

/** A cancellation request in the API. */
record CancellationResponse(long id, long serviceId, long clientId, String service, String type, String status,
		String reason, LocalDate effectiveOn, String requestedBy, boolean byStaff, Instant requestedAt,
		Instant closedAt, String closedBy) {

	static CancellationResponse of(Cancellation c) {
		return new CancellationResponse(c.id(), c.serviceId(), c.clientId(), c.serviceLabel(), c.type().name(),
				c.status().name(), c.reason(), c.effectiveOn(), c.requestedBy(), c.byStaff(), c.requestedAt(),
				c.closedAt(), c.closedBy());
	}

}
