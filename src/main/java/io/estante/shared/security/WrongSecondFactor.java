package io.estante.shared.security;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/** The two-factor code given is missing, wrong, from an old step or used already. */
public class WrongSecondFactor extends BusinessException {

	public WrongSecondFactor() {
		super(HttpStatus.FORBIDDEN, "two-factor.code.wrong");
	}

}
