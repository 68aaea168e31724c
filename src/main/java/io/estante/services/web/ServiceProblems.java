package io.estante.services.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.estante.services.internal.ServiceRefusal;
import io.estante.shared.web.Problems;

/**
 * A refused service request as problem+json that also lists the field at fault, like
 * validation errors do.
 */
@RestControllerAdvice(assignableTypes = { ServiceApi.class, AdminServiceApi.class, OrderApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServiceProblems {

	private final Problems problems;

	ServiceProblems(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ServiceRefusal.class)
	ProblemDetail refused(ServiceRefusal ex, Locale locale) {
		ProblemDetail problem = problems.of(ex, locale);
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", problem.getDetail())));
		return problem;
	}

}
