package io.estante.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import io.estante.shared.security.AccountKind;
import io.estante.shared.security.EstantePrincipal;

/**
 * Form sign-in for one kind of account (each area has its own form). Delegates the
 * password check, throttling and audit to {@link SignIn}, the same path the API uses.
 */
class AccountAuthenticationProvider implements AuthenticationProvider {

	private final AccountKind kind;

	private final SignIn signIn;

	AccountAuthenticationProvider(AccountKind kind, SignIn signIn) {
		this.kind = kind;
		this.signIn = signIn;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = String.valueOf(authentication.getPrincipal());
		String password = String.valueOf(authentication.getCredentials());
		SignIn.Result result = signIn.attempt(kind, email, password);
		return switch (result.outcome()) {
			case SUCCESS -> {
				EstantePrincipal principal = result.principal();
				yield UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
			}
			case DISABLED -> throw new DisabledException("disabled");
			case THROTTLED -> throw new SignInThrottled();
			case BAD_CREDENTIALS -> throw new BadCredentialsException("bad credentials");
			case SECOND_FACTOR_REQUIRED -> throw new CodeRequired(result.principal());
		};
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * The password was right and the account uses two-factor sign-in: not signed in yet,
	 * the failure handler sends the form on to the code page.
	 */
	static class CodeRequired extends AuthenticationException {

		private final transient EstantePrincipal principal;

		CodeRequired(EstantePrincipal principal) {
			super("second factor required");
			this.principal = principal;
		}

		EstantePrincipal principal() {
			return principal;
		}

	}

	/** Too many failed attempts for this account or address; the form says to wait. */
	static class SignInThrottled extends AuthenticationException {

		SignInThrottled() {
			super("throttled");
		}

	}

}
