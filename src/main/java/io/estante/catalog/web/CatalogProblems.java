package io.estante.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.estante.catalog.internal.CatalogRefusal;
import io.estante.shared.web.Problems;

/**
 * A refused catalog change as problem+json that also lists the field at fault, like
 * validation errors do.
 */
@RestControllerAdvice(assignableTypes = CatalogApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogProblems {

	private final Problems problems;

	CatalogProblems(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(CatalogRefusal.class)
	ProblemDetail refused(CatalogRefusal ex, Locale locale) {
		ProblemDetail problem = problems.of(ex, locale);
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", problem.getDetail())));
		return problem;
	}

}
