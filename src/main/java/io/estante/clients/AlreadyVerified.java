package io.estante.clients;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * The client was verified with another document; a verification is never silently
 * replaced.
 */
public class AlreadyVerified extends BusinessException {

	public AlreadyVerified(String document) {
		super(HttpStatus.CONFLICT, "clients.verification.other-document", document);
	}

}
