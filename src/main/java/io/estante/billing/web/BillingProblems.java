package io.estante.billing.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.estante.billing.internal.BillingRefusal;
import io.estante.shared.web.Problems;

/** A refused billing request as problem+json that lists the field at fault. */
@RestControllerAdvice(assignableTypes = { InvoiceApi.class, AdminInvoiceApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class BillingProblems {

	private final Problems problems;

	BillingProblems(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(BillingRefusal.class)
	ProblemDetail refused(BillingRefusal ex, Locale locale) {
		ProblemDetail problem = problems.of(ex, locale);
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", problem.getDetail())));
		return problem;
	}

}
