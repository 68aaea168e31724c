package io.estante.automation.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import io.estante.shared.BusinessException;

/**
 * A refusal that reaches an automation page unhandled (an unknown run) answers its status
 * through the error page, never a 500.
 */
@ControllerAdvice(assignableTypes = AdminAutomationController.class)
class AutomationPageProblems {

	@ExceptionHandler(BusinessException.class)
	void refused(BusinessException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.status().value());
	}

}
