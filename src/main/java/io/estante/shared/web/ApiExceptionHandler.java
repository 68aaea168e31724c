package io.estante.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import io.estante.shared.BusinessException;

/**
 * Every failure of a REST controller becomes problem+json in the caller's language:
 * business refusals keep their status, validation lists the fields, anything unexpected
 * is a 500 that says nothing of the internals (and is logged).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final Problems problems;

	public ApiExceptionHandler(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(BusinessException.class)
	ProblemDetail business(BusinessException ex, Locale locale) {
		return problems.of(ex, locale);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex, Locale locale) {
		ProblemDetail problem = problems.ofKey(HttpStatus.BAD_REQUEST, "error.validation", locale);
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", fieldMessage(error, locale)))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class })
	ProblemDetail unreadable(Exception ex, Locale locale) {
		return problems.ofKey(HttpStatus.BAD_REQUEST, "error.unreadable", locale);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ProblemDetail denied(Exception ex, Locale locale) {
		return problems.ofKey(HttpStatus.FORBIDDEN, "error.forbidden", locale);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail method(HttpRequestMethodNotSupportedException ex, Locale locale) {
		return problems.ofKey(HttpStatus.METHOD_NOT_ALLOWED, "error.method", locale);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail mediaType(HttpMediaTypeNotSupportedException ex, Locale locale) {
		return problems.ofKey(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.media-type", locale);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ProblemDetail noResource(NoResourceFoundException ex, Locale locale) {
		return problems.ofKey(HttpStatus.NOT_FOUND, "error.no-such-path", locale);
	}

	/**
	 * A unique key lost to a concurrent request, or a stale version: the caller may
	 * retry.
	 */
	@ExceptionHandler({ DataIntegrityViolationException.class, OptimisticLockingFailureException.class })
	ProblemDetail conflict(Exception ex, Locale locale) {
		log.info("Concurrent change refused: {}", ex.getMessage());
		return problems.ofKey(HttpStatus.CONFLICT, "error.conflict", locale);
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex, Locale locale) {
		log.error("Unexpected failure in API call", ex);
		return problems.ofKey(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal", locale);
	}

	private String fieldMessage(FieldError error, Locale locale) {
		return problems.message(error, locale);
	}

}
