package io.estante.quotes.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.estante.quotes.internal.QuoteRefusal;
import io.estante.shared.web.Problems;

/** A refused quote request as problem+json that also lists the field at fault. */
@RestControllerAdvice(assignableTypes = { QuoteApi.class, AdminQuoteApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class QuoteProblems {

	private final Problems problems;

	QuoteProblems(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(QuoteRefusal.class)
	ProblemDetail refused(QuoteRefusal ex, Locale locale) {
		ProblemDetail problem = problems.of(ex, locale);
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", problem.getDetail())));
		return problem;
	}

}
