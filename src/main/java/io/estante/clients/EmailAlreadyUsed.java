package io.estante.clients;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/** Another account has this e-mail already (compared without letter case). */
public class EmailAlreadyUsed extends BusinessException {

	public EmailAlreadyUsed(String email) {
		super(HttpStatus.CONFLICT, "clients.email.used", email);
	}

}
