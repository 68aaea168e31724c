package io.estante.shared;

import org.springframework.http.HttpStatus;

/**
 * A refusal the caller can understand: carries an HTTP status and a message key resolved
 * in the caller's language (bundles under {@code i18n/}). Subclasses are named for what
 * happened ({@code DowngradeNotAllowed}, {@code EmailAlreadyUsed}); the web layer turns
 * them into problem+json or inline form errors.
 */
public class BusinessException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final transient Object[] arguments;

	public BusinessException(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public HttpStatus status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}

	/** A slug for the problem {@code type}: the message key with dots as dashes. */
	public String problemType() {
		return messageKey.replace('.', '-');
	}

}
