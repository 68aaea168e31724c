package io.estante.cancellations.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import io.estante.shared.BusinessException;

/**
 * A refusal that reaches a cancellation page unhandled (someone else's or an unknown
 * service) answers its status through the error page, never a 500.
 */
@ControllerAdvice(assignableTypes = { ClientCancellationController.class, AdminCancellationController.class })
class CancellationPageProblems {

	@ExceptionHandler(BusinessException.class)
	void refused(BusinessException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.status().value());
	}

}
