package io.estante.shared;

import org.springframework.http.HttpStatus;

/**
 * Something that does not exist, or that the caller may not see: a client asking for
 * another client's record gets this too, so ids of others' data are never confirmed.
 */
public class NotFound extends BusinessException {

	public NotFound(String what, Object id) {
		super(HttpStatus.NOT_FOUND, "error.not-found", what, id);
	}

}
