package io.estante.identity.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.estante.shared.web.Problems;

/**
 * Permission checks before a handler reads its arguments, and the API's answer to a
 * refusal: 403 problem+json in the caller's language, written to the audit trail. Pages
 * refused this way reach the security chain's handler, which audits them too.
 */
@Configuration(proxyBeanMethods = false)
class PermissionConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PermissionInterceptor());
	}

	@RestControllerAdvice(annotations = RestController.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class ApiRefusals {

		private final AccessRefusals refusals;

		private final Problems problems;

		ApiRefusals(AccessRefusals refusals, Problems problems) {
			this.refusals = refusals;
			this.problems = problems;
		}

		@ExceptionHandler(AccessDeniedException.class)
		ProblemDetail denied(AccessDeniedException ex, HttpServletRequest request, Locale locale) {
			refusals.record(request, ex);
			return problems.ofKey(HttpStatus.FORBIDDEN, "error.forbidden", locale);
		}

	}

}
