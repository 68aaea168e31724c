package io.estante.shared.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import io.estante.shared.BusinessException;

/**
 * Builds RFC 9457 problems whose {@code title} and {@code detail} are in the caller's
 * language. Used by the API's exception handler and the security entry points.
 */
@Component
public class Problems {

	public static final String TYPE_BASE = "https://estante.io/problems/";

	private final MessageSource messages;

	public Problems(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail of(BusinessException ex, Locale locale) {
		return of(ex.status(), ex.problemType(), message(ex.messageKey(), ex.arguments(), locale), locale);
	}

	public ProblemDetail of(HttpStatusCode status, String type, String detail, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(message("problem.title." + status.value(), new Object[0], locale,
				HttpStatus.valueOf(status.value()).getReasonPhrase()));
		return problem;
	}

	public ProblemDetail ofKey(HttpStatus status, String key, Locale locale, Object... args) {
		return of(status, key.replace('.', '-'), message(key, args, locale), locale);
	}

	public String message(String key, Object[] args, Locale locale) {
		return messages.getMessage(key, args, key, locale);
	}

	/**
	 * A field error or other resolvable, with Bean Validation's own message as the
	 * fallback.
	 */
	public String message(MessageSourceResolvable resolvable, Locale locale) {
		return messages.getMessage(resolvable, locale);
	}

	private String message(String key, Object[] args, Locale locale, String fallback) {
		return messages.getMessage(key, args, fallback, locale);
	}

}
