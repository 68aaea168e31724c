package io.estante.shared.security;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * A sensitive action was confirmed with the password alone, but the account uses
 * two-factor sign-in: the current code is needed too.
 */
public class SecondFactorRequired extends BusinessException {

	public SecondFactorRequired() {
		super(HttpStatus.FORBIDDEN, "two-factor.code.required");
	}

}
