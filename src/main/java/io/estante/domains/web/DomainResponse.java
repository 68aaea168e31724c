package io.estante.domains.web;

import java.time.LocalDate;

import io.estante.domains.internal.DomainFacts;

/** A domain in the API: {@code expiresOn} is its service's next due date. */
record DomainResponse(long serviceId, long clientId, String name, String status, LocalDate expiresOn, String registrar,
		String renewal, boolean autoRenew) {

	static DomainResponse of(DomainFacts f) {
		return new DomainResponse(f.serviceId(), f.clientId(), f.name(), f.status().name(), f.expiresOn(),
				f.registrar(), f.renewal().name(), f.autoRenew());
	}

}
