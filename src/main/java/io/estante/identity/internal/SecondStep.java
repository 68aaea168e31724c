package io.estante.identity.internal;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import io.estante.shared.security.AccountKind;
import io.estante.shared.security.EstantePrincipal;

/**
 * The web sign-in's second step. After a right password, an enrolled account is not
 * signed in: the session only remembers who passed the first step (for five minutes), and
 * the code page completes the sign-in, changing the session id as the form does.
 */
@Component
public class SecondStep {

	static final String PENDING = SecondStep.class.getName() + ".PENDING";

	static final Duration PATIENCE = Duration.ofMinutes(5);

	public enum Outcome {

		SIGNED_IN, WRONG_CODE, THROTTLED, EXPIRED

	}

	record Pending(AccountKind kind, long accountId, Instant since) implements Serializable {
	}

	private final SignIn signIn;

	private final Clock clock;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondStep(SignIn signIn, Clock clock) {
		this.signIn = signIn;
		this.clock = clock;
	}

	void begin(HttpServletRequest request, EstantePrincipal principal) {
		request.getSession()
			.setAttribute(PENDING, new Pending(principal.user().kind(), principal.user().id(), Instant.now(clock)));
	}

	/** True while someone of this kind passed the password step and may send a code. */
	public boolean pending(HttpServletRequest request, AccountKind kind) {
		return current(request, kind) != null;
	}

	/** Checks the code; on success the response is already redirected to the area. */
	public Outcome complete(HttpServletRequest request, HttpServletResponse response, AccountKind kind, String code)
			throws IOException, ServletException {
		Pending pending = current(request, kind);
		if (pending == null) {
			return Outcome.EXPIRED;
		}
		SignIn.Result result = signIn.completeSecondFactor(kind, pending.accountId(), code);
		switch (result.outcome()) {
			case SUCCESS -> {
				signInAs(result.principal(), request, response);
				return Outcome.SIGNED_IN;
			}
			case THROTTLED -> {
				request.getSession().removeAttribute(PENDING);
				return Outcome.THROTTLED;
			}
			default -> {
				return Outcome.WRONG_CODE;
			}
		}
	}

	private void signInAs(EstantePrincipal principal, HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		principal.eraseCredentials();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		request.getSession().removeAttribute(PENDING);
		request.changeSessionId();
		contexts.saveContext(context, request, response);
		var success = new SavedRequestAwareAuthenticationSuccessHandler();
		success.setDefaultTargetUrl(principal.user().isStaff() ? "/admin" : "/client");
		success.onAuthenticationSuccess(request, response, authentication);
	}

	private Pending current(HttpServletRequest request, AccountKind kind) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending) || pending.kind() != kind
				|| pending.since().plus(PATIENCE).isBefore(Instant.now(clock))) {
			return null;
		}
		return pending;
	}

}
