package io.estante.clients;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/** A password-reset link that is unknown, already used or expired. */
public class ResetLinkInvalid extends BusinessException {

	public ResetLinkInvalid() {
		super(HttpStatus.BAD_REQUEST, "clients.reset.invalid");
	}

}
