package io.estante.cancellations.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.estante.cancellations.internal.CancellationRefusal;
import io.estante.shared.web.Problems;

/** A refused cancellation as problem+json that also lists the field at fault. */
@RestControllerAdvice(assignableTypes = { CancellationApi.class, AdminCancellationApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class CancellationProblems {

	private final Problems problems;

	CancellationProblems(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(CancellationRefusal.class)
	ProblemDetail refused(CancellationRefusal ex, Locale locale) {
		ProblemDetail problem = problems.of(ex, locale);
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", problem.getDetail())));
		return problem;
	}

}
