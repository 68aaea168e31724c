package io.estante.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.shared.security.AccountDirectory;
import io.estante.shared.security.AccountKind;
import io.estante.shared.security.EstantePrincipal;
import io.estante.shared.web.ClientAddress;

/**
 * The one sign-in path for web forms and the API: checks the password, throttles repeated
 * failures per account and per address (kept in the database, so every node sees them),
 * and writes the audit trail. An unknown e-mail costs the same hash work as a known one.
 */
@Service
public class SignIn {

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final int MAX_FAILURES_PER_ACCOUNT = 5;

	static final int MAX_FAILURES_PER_ADDRESS = 20;

	public enum Outcome {

		SUCCESS, BAD_CREDENTIALS, DISABLED, THROTTLED

	}

	public record Result(Outcome outcome, EstantePrincipal principal) {
	}

	private final List<AccountDirectory> directories;

	private final PasswordEncoder passwords;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final String dummyHash;

	SignIn(List<AccountDirectory> directories, PasswordEncoder passwords, JdbcClient jdbc, AuditTrail audit,
			Clock clock) {
		this.directories = directories;
		this.passwords = passwords;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.dummyHash = passwords.encode("estante-timing-equaliser");
	}

	@Transactional(noRollbackFor = RuntimeException.class)
	public Result attempt(AccountKind kind, String email, String password) {
		String normalised = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
		String address = ClientAddress.current();
		if (throttled(kind, normalised, address)) {
			audit.record(kind.name(), null, normalised, "SIGN_IN_THROTTLED", null, null);
			return new Result(Outcome.THROTTLED, null);
		}
		Optional<EstantePrincipal> account = directory(kind).byEmail(normalised);
		boolean matches = passwords.matches(password == null ? "" : password,
				account.map(EstantePrincipal::getPassword).orElse(dummyHash));
		if (account.isEmpty() || !matches) {
			recordFailure(kind, normalised, address);
			audit.record(kind.name(), account.map(a -> a.user().id()).orElse(null), normalised, "SIGN_IN_FAILED", null,
					null);
			return new Result(Outcome.BAD_CREDENTIALS, null);
		}
		EstantePrincipal principal = account.get();
		if (!principal.isEnabled()) {
			audit.record(kind.name(), principal.user().id(), normalised, "SIGN_IN_DISABLED", null, null);
			return new Result(Outcome.DISABLED, null);
		}
		jdbc.sql("delete from sign_in_failure where account_kind = :kind and email = :email")
			.param("kind", kind.name())
			.param("email", normalised)
			.update();
		audit.record(kind.name(), principal.user().id(), normalised, "SIGN_IN", null, null);
		return new Result(Outcome.SUCCESS, principal);
	}

	private boolean throttled(AccountKind kind, String email, String address) {
		Timestamp since = Timestamp.from(Instant.now(clock).minus(WINDOW));
		long forAccount = jdbc.sql("""
				select count(*) from sign_in_failure
				where account_kind = :kind and email = :email and failed_at > :since""")
			.param("kind", kind.name())
			.param("email", email)
			.param("since", since)
			.query(Long.class)
			.single();
		long forAddress = jdbc
			.sql("select count(*) from sign_in_failure where address = :address and failed_at > :since")
			.param("address", address)
			.param("since", since)
			.query(Long.class)
			.single();
		return forAccount >= MAX_FAILURES_PER_ACCOUNT || forAddress >= MAX_FAILURES_PER_ADDRESS;
	}

	private void recordFailure(AccountKind kind, String email, String address) {
		jdbc.sql("""
				insert into sign_in_failure (account_kind, email, address, failed_at)
				values (:kind, :email, :address, :at)""")
			.param("kind", kind.name())
			.param("email", email)
			.param("address", address)
			.param("at", Timestamp.from(Instant.now(clock)))
			.update();
	}

	private AccountDirectory directory(AccountKind kind) {
		return directories.stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
	}

}
