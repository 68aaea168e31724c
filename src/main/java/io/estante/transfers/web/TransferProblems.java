package io.estante.transfers.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.estante.shared.web.Problems;
import io.estante.transfers.TransferRefused;
import io.estante.transfers.internal.TransferViews;

/**
 * A refused transfer as problem+json listing every unmet condition: its code, the
 * client-facing reason in the caller's language and, where there is one, the page to fix
 * it.
 */
@RestControllerAdvice(assignableTypes = { TransferApi.class, AdminTransferApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class TransferProblems {

	private final Problems problems;

	private final TransferViews views;

	TransferProblems(Problems problems, TransferViews views) {
		this.problems = problems;
		this.views = views;
	}

	@ExceptionHandler(TransferRefused.class)
	ProblemDetail refused(TransferRefused ex, Locale locale) {
		ProblemDetail problem = problems.of(ex, locale);
		List<Map<String, String>> reasons = ex.unmet().stream().map(u -> {
			Map<String, String> reason = new LinkedHashMap<>();
			reason.put("condition", u.condition().name());
			reason.put("message", views.condition(u, locale));
			if (u.condition().link() != null) {
				reason.put("link", u.condition().link());
			}
			return reason;
		}).toList();
		problem.setProperty("reasons", reasons);
		return problem;
	}

}
