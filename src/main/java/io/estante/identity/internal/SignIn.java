package io.estante.identity.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.shared.security.AccountKind;
import io.estante.shared.security.EstantePrincipal;
import io.estante.shared.web.ClientAddress;

/**
 * The one sign-in path for web forms and the API: checks the password and, for accounts
 * enrolled in two-factor sign-in, the code; throttles repeated failures per account and
 * per address ({@link SignInThrottle}) and writes the audit trail. An unknown e-mail
 * costs the same hash work as a known one, and a wrong code is refused exactly like a
 * wrong password.
 */
@Service
public class SignIn {

	public enum Outcome {

		SUCCESS, BAD_CREDENTIALS, DISABLED, THROTTLED,
		/**
		 * Password right, the account is enrolled: the web form asks for the code next.
		 */
		SECOND_FACTOR_REQUIRED

	}

	public record Result(Outcome outcome, EstantePrincipal principal) {
	}

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final SignInThrottle throttle;

	private final TwoFactorManagement twoFactor;

	private final AuditTrail audit;

	private final String dummyHash;

	SignIn(Accounts accounts, PasswordEncoder passwords, SignInThrottle throttle, TwoFactorManagement twoFactor,
			AuditTrail audit) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
		this.twoFactor = twoFactor;
		this.audit = audit;
		this.dummyHash = passwords.encode("estante-timing-equaliser");
	}

	/** The web form's first step: an enrolled account answers SECOND_FACTOR_REQUIRED. */
	@Transactional(noRollbackFor = RuntimeException.class)
	public Result attempt(AccountKind kind, String email, String password) {
		return check(kind, email, password, null, false);
	}

	/** The API: password and code in one request. */
	@Transactional(noRollbackFor = RuntimeException.class)
	public Result attempt(AccountKind kind, String email, String password, String code) {
		return check(kind, email, password, code, true);
	}

	/** The web form's second step, for the account whose password was right. */
	@Transactional(noRollbackFor = RuntimeException.class)
	public Result completeSecondFactor(AccountKind kind, long accountId, String code) {
		Optional<EstantePrincipal> account = accounts.byId(kind, accountId).filter(EstantePrincipal::isEnabled);
		if (account.isEmpty()) {
			return new Result(Outcome.BAD_CREDENTIALS, null);
		}
		String email = account.get().user().email().toLowerCase(Locale.ROOT);
		if (throttle.throttled(kind, email, ClientAddress.current())) {
			audit.record(kind.name(), accountId, email, "SIGN_IN_THROTTLED", null, null);
			return new Result(Outcome.THROTTLED, null);
		}
		return secondFactor(kind, account.get(), email, code);
	}

	private Result check(AccountKind kind, String email, String password, String code, boolean codeNow) {
		String normalised = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
		String address = ClientAddress.current();
		if (throttle.throttled(kind, normalised, address)) {
			audit.record(kind.name(), null, normalised, "SIGN_IN_THROTTLED", null, null);
			return new Result(Outcome.THROTTLED, null);
		}
		Optional<EstantePrincipal> account = accounts.directory(kind).byEmail(normalised);
		boolean matches = passwords.matches(password == null ? "" : password,
				account.map(EstantePrincipal::getPassword).orElse(dummyHash));
		if (account.isEmpty() || !matches) {
			throttle.recordFailure(kind, normalised, address);
			audit.record(kind.name(), account.map(a -> a.user().id()).orElse(null), normalised, "SIGN_IN_FAILED", null,
					null);
			return new Result(Outcome.BAD_CREDENTIALS, null);
		}
		EstantePrincipal principal = account.get();
		if (!principal.isEnabled()) {
			audit.record(kind.name(), principal.user().id(), normalised, "SIGN_IN_DISABLED", null, null);
			return new Result(Outcome.DISABLED, null);
		}
		if (twoFactor.enrolled(kind, principal.user().id())) {
			if (!codeNow) {
				return new Result(Outcome.SECOND_FACTOR_REQUIRED, principal);
			}
			return secondFactor(kind, principal, normalised, code);
		}
		return succeed(kind, principal, normalised);
	}

	private Result secondFactor(AccountKind kind, EstantePrincipal principal, String email, String code) {
		if (!twoFactor.accepts(kind, principal.user().id(), code)) {
			throttle.recordFailure(kind, email, ClientAddress.current());
			audit.record(kind.name(), principal.user().id(), email, "SIGN_IN_CODE_FAILED", null, null);
			return new Result(Outcome.BAD_CREDENTIALS, null);
		}
		return succeed(kind, principal, email);
	}

	private Result succeed(AccountKind kind, EstantePrincipal principal, String email) {
		throttle.clear(kind, email);
		audit.record(kind.name(), principal.user().id(), email, "SIGN_IN", null, null);
		return new Result(Outcome.SUCCESS, principal);
	}

}
