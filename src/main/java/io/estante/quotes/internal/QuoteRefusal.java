package io.estante.quotes.internal;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * A refused quote request, naming the field at fault (inline in forms, listed by the
 * API).
 */
public class QuoteRefusal extends BusinessException {

	private final String field;

	QuoteRefusal(HttpStatus status, String field, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
		this.field = field;
	}

	static QuoteRefusal invalid(String field, String messageKey, Object... arguments) {
		return new QuoteRefusal(HttpStatus.BAD_REQUEST, field, messageKey, arguments);
	}

	static QuoteRefusal unprocessable(String field, String messageKey, Object... arguments) {
		return new QuoteRefusal(HttpStatus.UNPROCESSABLE_CONTENT, field, messageKey, arguments);
	}

	public String field() {
		return field;
	}

}
