package io.estante.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed form sign-in back to its form with the reason (wrong details or
 * throttled).
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	private final String loginPage;

	SignInFailureHandler(String loginPage) {
		this.loginPage = loginPage;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = exception instanceof AccountAuthenticationProvider.SignInThrottled ? "throttled" : "error";
		response.sendRedirect(request.getContextPath() + loginPage + "?" + reason);
	}

}
