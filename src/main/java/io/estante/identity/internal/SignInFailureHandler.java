package io.estante.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed form sign-in back to its form with the reason (wrong details or
 * throttled), or on to the code page when the password was right and the account uses
 * two-factor sign-in.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	private final String loginPage;

	private final SecondStep secondStep;

	SignInFailureHandler(String loginPage, SecondStep secondStep) {
		this.loginPage = loginPage;
		this.secondStep = secondStep;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof AccountAuthenticationProvider.CodeRequired required) {
			secondStep.begin(request, required.principal());
			response.sendRedirect(request.getContextPath() + loginPage + "/code");
			return;
		}
		String reason = exception instanceof AccountAuthenticationProvider.SignInThrottled ? "throttled" : "error";
		response.sendRedirect(request.getContextPath() + loginPage + "?" + reason);
	}

}
