package io.estante.domains.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import io.estante.shared.BusinessException;

/** An unknown domain or someone else's on a page answers its status, never a 500. */
@ControllerAdvice(assignableTypes = DomainPages.class)
class DomainPageProblems {

	@ExceptionHandler(BusinessException.class)
	void refused(BusinessException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.status().value());
	}

}
