package io.estante.clients;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/** A password too short or among the most common ones. */
public class WeakPassword extends BusinessException {

	public WeakPassword(String reasonKey, Object... args) {
		super(HttpStatus.BAD_REQUEST, reasonKey, args);
	}

}
