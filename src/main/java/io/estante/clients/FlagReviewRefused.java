package io.estante.clients;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * A fraud flag could not be closed: the review note is missing or too long (400), or
 * someone closed the flag already (409; closing it twice would overwrite their note).
 */
public class FlagReviewRefused extends BusinessException {

	public static final int MAX_NOTE = 500;

	private FlagReviewRefused(HttpStatus status, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
	}

	static FlagReviewRefused noteRequired() {
		return new FlagReviewRefused(HttpStatus.BAD_REQUEST, "clients.flag.note.required", MAX_NOTE);
	}

	static FlagReviewRefused alreadyResolved() {
		return new FlagReviewRefused(HttpStatus.CONFLICT, "clients.flag.resolved");
	}

}
