package io.estante.clients;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * The current password given to confirm a change or a sensitive action is not the
 * account's.
 */
public class WrongPassword extends BusinessException {

	public WrongPassword() {
		super(HttpStatus.FORBIDDEN, "clients.password.wrong");
	}

}
