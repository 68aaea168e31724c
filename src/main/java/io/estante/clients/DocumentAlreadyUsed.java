package io.estante.clients;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * The document belongs to another client already: one person, one account. The refused
 * client is flagged for staff as a fraud risk.
 */
public class DocumentAlreadyUsed extends BusinessException {

	public DocumentAlreadyUsed(long otherClientId) {
		super(HttpStatus.CONFLICT, "clients.document.used", otherClientId);
	}

}
