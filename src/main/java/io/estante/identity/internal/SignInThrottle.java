package io.estante.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.estante.shared.security.AccountKind;

/**
 * Failed attempts per account and per address, kept in the database so every node sees
 * them: wrong passwords and wrong second-factor codes (at sign-in or when a sensitive
 * action asks again) count alike, so six-digit codes cannot be guessed.
 */
@Component
class SignInThrottle {

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final int MAX_FAILURES_PER_ACCOUNT = 5;

	static final int MAX_FAILURES_PER_ADDRESS = 20;

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean throttled(AccountKind kind, String email, String address) {
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

	/** Committed on its own: the refusal that follows rolls back the caller's work. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(AccountKind kind, String email, String address) {
		jdbc.sql("""
				insert into sign_in_failure (account_kind, email, address, failed_at)
				values (:kind, :email, :address, :at)""")
			.param("kind", kind.name())
			.param("email", email)
			.param("address", address)
			.param("at", Timestamp.from(Instant.now(clock)))
			.update();
	}

	void clear(AccountKind kind, String email) {
		jdbc.sql("delete from sign_in_failure where account_kind = :kind and email = :email")
			.param("kind", kind.name())
			.param("email", email)
			.update();
	}

}
