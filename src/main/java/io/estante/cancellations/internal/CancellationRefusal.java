package io.estante.cancellations.internal;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * A refused cancellation request, naming the field at fault (the form shows it inline,
 * the API lists it like a validation error).
 */
public class CancellationRefusal extends BusinessException {

	private final String field;

	CancellationRefusal(HttpStatus status, String field, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
		this.field = field;
	}

	static CancellationRefusal invalid(String field, String messageKey, Object... arguments) {
		return new CancellationRefusal(HttpStatus.BAD_REQUEST, field, messageKey, arguments);
	}

	static CancellationRefusal unprocessable(String field, String messageKey, Object... arguments) {
		return new CancellationRefusal(HttpStatus.UNPROCESSABLE_CONTENT, field, messageKey, arguments);
	}

	public String field() {
		return field;
	}

}
