package io.estante.quotes.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import io.estante.shared.BusinessException;

/** Someone else's or an unknown quote on a page answers its status, never a 500. */
@ControllerAdvice(assignableTypes = { ClientQuoteController.class, AdminQuoteController.class })
class QuotePageProblems {

	@ExceptionHandler(BusinessException.class)
	void refused(BusinessException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.status().value());
	}

}
