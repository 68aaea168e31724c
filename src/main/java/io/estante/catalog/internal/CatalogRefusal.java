package io.estante.catalog.internal;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * A catalog change refused, naming the field at fault so forms show it inline and the API
 * lists it.
 */
public class CatalogRefusal extends BusinessException {

	private final String field;

	public CatalogRefusal(HttpStatus status, String field, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
		this.field = field;
	}

	static CatalogRefusal invalid(String field, String messageKey, Object... arguments) {
		return new CatalogRefusal(HttpStatus.BAD_REQUEST, field, messageKey, arguments);
	}

	public String field() {
		return field;
	}

}
