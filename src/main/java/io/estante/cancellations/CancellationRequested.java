package io.estante.cancellations;

import java.time.LocalDate;
import java.util.Map;

import io.estante.shared.notices.ClientNotice;

/**
 * A cancellation of a service was requested (by its owner or by staff on the owner's
 * behalf); it takes effect on {@code effectiveOn} (today for an immediate one). The
 * request id keeps each request a notice of its own.
 */
public record CancellationRequested(long requestId, long serviceId, long clientId, String label, CancellationType type,
		LocalDate effectiveOn, boolean byStaff) implements ClientNotice {

	@Override
	public String moment() {
		return "cancellation-requested";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("requestId", requestId, "service", label, "serviceId", serviceId, "type",
				type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), "effectiveDate", effectiveOn, "link",
				"/client/services/" + serviceId);
	}

}
