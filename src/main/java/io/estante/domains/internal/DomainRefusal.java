package io.estante.domains.internal;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/** A refused domain request (a service that is not a domain, a registrar too long). */
public class DomainRefusal extends BusinessException {

	DomainRefusal(HttpStatus status, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
	}

}
