package io.estante.services.internal;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * A refused service request, naming the field at fault (forms show it inline, the API
 * lists it like a validation error).
 */
public class ServiceRefusal extends BusinessException {

	private final String field;

	public ServiceRefusal(HttpStatus status, String field, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
		this.field = field;
	}

	public static ServiceRefusal invalid(String field, String messageKey, Object... arguments) {
		return new ServiceRefusal(HttpStatus.BAD_REQUEST, field, messageKey, arguments);
	}

	public static ServiceRefusal unprocessable(String field, String messageKey, Object... arguments) {
		return new ServiceRefusal(HttpStatus.UNPROCESSABLE_CONTENT, field, messageKey, arguments);
	}

	public String field() {
		return field;
	}

}
