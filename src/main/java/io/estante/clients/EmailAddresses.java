package io.estante.clients;

import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * A pragmatic e-mail check: one @, a dotted domain, no spaces, at most 320 characters.
 */
final class EmailAddresses {

	private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");

	private EmailAddresses() {
	}

	static String require(String email) {
		String trimmed = email == null ? "" : email.trim();
		if (trimmed.length() > 320 || !SHAPE.matcher(trimmed).matches()) {
			throw new BusinessException(HttpStatus.BAD_REQUEST, "clients.email.invalid");
		}
		return trimmed;
	}

}
