package io.estante.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.shared.security.SecondFactors;
import io.estante.identity.TwoFactorReset;
import io.estante.shared.security.WrongSecondFactor;
import io.estante.shared.BusinessException;
import io.estante.shared.NotFound;
import io.estante.shared.security.AccountKind;
import io.estante.shared.security.EstantePrincipal;
import io.estante.shared.web.ClientAddress;

/**
 * Enrolling in two-factor sign-in, checking codes, turning it off (password and a code)
 * and the staff reset. Works alike for clients and staff.
 */
@Service
public class TwoFactorManagement implements SecondFactors {

	public record Enrolment(String secret, String otpauthUri) {
	}

	private final TwoFactors store;

	private final Accounts accounts;

	private final SignInThrottle throttle;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String issuer;

	TwoFactorManagement(TwoFactors store, Accounts accounts, SignInThrottle throttle, PasswordEncoder passwords,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock, Environment environment) {
		this.store = store;
		this.accounts = accounts;
		this.throttle = throttle;
		this.passwords = passwords;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.issuer = environment.getProperty("estante.two-factor.issuer", "Estante");
	}

	@Override
	@Transactional(readOnly = true)
	public boolean enrolled(AccountKind kind, long accountId) {
		return store.confirmed(kind, accountId);
	}

	/** A new secret to scan; replaces an unconfirmed one. Refused once enrolled. */
	@Transactional
	public Enrolment start(AccountKind kind, long accountId) {
		EstantePrincipal account = accounts.require(kind, accountId);
		if (store.confirmed(kind, accountId)) {
			throw new BusinessException(HttpStatus.CONFLICT, "two-factor.already-enabled");
		}
		String secret = Totp.newSecret();
		store.start(kind, accountId, secret, Instant.now(clock));
		return new Enrolment(secret, Totp.uri(issuer, account.user().email(), secret));
	}

	/** The unconfirmed enrolment of an account, to show its QR code again. */
	@Transactional(readOnly = true)
	public java.util.Optional<Enrolment> pending(AccountKind kind, long accountId) {
		String email = accounts.require(kind, accountId).user().email();
		return store.of(kind, accountId)
			.filter(e -> !e.confirmed())
			.map(e -> new Enrolment(e.secret(), Totp.uri(issuer, email, e.secret())));
	}

	/** The first code proves the app has the secret; answers the recovery codes, once. */
	@Transactional(noRollbackFor = WrongSecondFactor.class)
	public List<String> confirm(AccountKind kind, long accountId, String code) {
		EstantePrincipal account = accounts.require(kind, accountId);
		TwoFactors.Enrolment enrolment = store.of(kind, accountId)
			.filter(e -> !e.confirmed())
			.orElseThrow(() -> new BusinessException(HttpStatus.CONFLICT, "two-factor.not-started"));
		String email = account.user().email();
		refuseWhenThrottled(kind, email);
		OptionalLong step = Totp.matchingStep(enrolment.secret(), trim(code), Instant.now(clock),
				enrolment.lastUsedStep());
		if (step.isEmpty() || !store.useStep(kind, accountId, step.getAsLong())) {
			throttle.recordFailure(kind, email, ClientAddress.current());
			throw new WrongSecondFactor();
		}
		List<String> codes = RecoveryCodes.generate();
		store.confirm(kind, accountId, Instant.now(clock), codes.stream().map(RecoveryCodes::hash).toList());
		audit.record(kind.name(), accountId, email, "TWO_FACTOR_ENABLED", subject(kind, accountId), null);
		return codes;
	}

	@Override
	@Transactional(noRollbackFor = WrongSecondFactor.class)
	public void verify(AccountKind kind, long accountId, String code) {
		String email = accounts.require(kind, accountId).user().email();
		refuseWhenThrottled(kind, email);
		if (!accepts(kind, accountId, code)) {
			throttle.recordFailure(kind, email, ClientAddress.current());
			audit.recordAlone(kind.name(), accountId, email, "TWO_FACTOR_CODE_REFUSED", subject(kind, accountId), null);
			throw new WrongSecondFactor();
		}
	}

	/**
	 * A current TOTP code or an unused recovery code, spent if accepted. No throttle and
	 * no audit: sign-in does both itself.
	 */
	@Transactional
	public boolean accepts(AccountKind kind, long accountId, String code) {
		var enrolment = store.of(kind, accountId).filter(TwoFactors.Enrolment::confirmed);
		if (enrolment.isEmpty() || code == null || code.isBlank()) {
			return false;
		}
		Instant now = Instant.now(clock);
		if (RecoveryCodes.looksLikeOne(code)) {
			return store.useRecoveryCode(kind, accountId, RecoveryCodes.hash(code), now);
		}
		OptionalLong step = Totp.matchingStep(enrolment.get().secret(), trim(code), now,
				enrolment.get().lastUsedStep());
		return step.isPresent() && store.useStep(kind, accountId, step.getAsLong());
	}

	/** Turning it off asks for the password and a current code (or a recovery code). */
	@Transactional(noRollbackFor = WrongSecondFactor.class)
	public void disable(AccountKind kind, long accountId, String password, String code) {
		EstantePrincipal account = accounts.require(kind, accountId);
		if (!store.confirmed(kind, accountId)) {
			throw new BusinessException(HttpStatus.CONFLICT, "two-factor.not-enabled");
		}
		if (password == null || !passwords.matches(password, account.getPassword())) {
			throttle.recordFailure(kind, account.user().email(), ClientAddress.current());
			throw new BusinessException(HttpStatus.FORBIDDEN, "two-factor.password.wrong");
		}
		verify(kind, accountId, code);
		store.remove(kind, accountId);
		audit.record(kind.name(), accountId, account.user().email(), "TWO_FACTOR_DISABLED", subject(kind, accountId),
				null);
	}

	/**
	 * Staff remove an account's second factor (a lost phone): audited, and a client is
	 * alerted.
	 */
	@Transactional
	public void reset(AccountKind kind, long accountId, String reason) {
		accounts.byId(kind, accountId).orElseThrow(() -> new NotFound(kind.name().toLowerCase(Locale.ROOT), accountId));
		if (!store.remove(kind, accountId)) {
			throw new BusinessException(HttpStatus.CONFLICT, "two-factor.not-enabled");
		}
		audit.record("TWO_FACTOR_RESET", subject(kind, accountId), reason);
		if (kind == AccountKind.CLIENT) {
			events.publishEvent(new TwoFactorReset(accountId, Instant.now(clock)));
		}
	}

	@Transactional(readOnly = true)
	public int recoveryCodesLeft(AccountKind kind, long accountId) {
		return store.recoveryCodesLeft(kind, accountId);
	}

	private void refuseWhenThrottled(AccountKind kind, String email) {
		if (throttle.throttled(kind, email, ClientAddress.current())) {
			throw new BusinessException(HttpStatus.TOO_MANY_REQUESTS, "sign-in.throttled");
		}
	}

	private static String subject(AccountKind kind, long id) {
		return kind.name().toLowerCase(Locale.ROOT) + ":" + id;
	}

	private static String trim(String code) {
		return code == null ? null : code.replaceAll("\\s", "");
	}

}
