package io.estante.domains.internal;

import java.time.LocalDate;

import io.estante.domains.RenewalState;
import io.estante.services.ServiceStatus;
import io.estante.services.ServiceView;

/**
 * A domain as both areas show it: name, expiry date (next due date), registrar, renewal.
 */
public record DomainFacts(long serviceId, long clientId, String name, ServiceStatus status, LocalDate expiresOn,
		String registrar, RenewalState renewal, boolean autoRenew) {

	static DomainFacts of(ServiceView s, String registrar) {
		return new DomainFacts(s.id(), s.clientId(), s.label(), s.status(), s.nextDueDate(), registrar,
				RenewalState.of(s), s.autoRenew());
	}

}
