package io.estante.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.estante.shared.security.AccountKind;

/** Two-factor enrolments and recovery codes, per account (clients and staff). */
@Repository
class TwoFactors {

	record Enrolment(String secret, long lastUsedStep, boolean confirmed) {
	}

	private final JdbcClient jdbc;

	TwoFactors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Enrolment> of(AccountKind kind, long id) {
		return jdbc.sql("""
				select secret, last_used_step, confirmed_at from two_factor
				where account_kind = :kind and account_id = :id""")
			.param("kind", kind.name())
			.param("id", id)
			.query((rs, n) -> new Enrolment(rs.getString(1), rs.getLong(2), rs.getTimestamp(3) != null))
			.optional();
	}

	boolean confirmed(AccountKind kind, long id) {
		return of(kind, id).map(Enrolment::confirmed).orElse(false);
	}

	/** Starts (or restarts) an unconfirmed enrolment with a new secret. */
	void start(AccountKind kind, long id, String secret, Instant now) {
		remove(kind, id);
		jdbc.sql("""
				insert into two_factor (account_kind, account_id, secret, last_used_step, created_at)
				values (:kind, :id, :secret, -1, :now)""")
			.param("kind", kind.name())
			.param("id", id)
			.param("secret", secret)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Records that the code of {@code step} was used; false when that step (or a later
	 * one) was used already, by this request or a concurrent one.
	 */
	boolean useStep(AccountKind kind, long id, long step) {
		return jdbc.sql("""
				update two_factor set last_used_step = :step
				where account_kind = :kind and account_id = :id and last_used_step < :step""")
			.param("kind", kind.name())
			.param("id", id)
			.param("step", step)
			.update() == 1;
	}

	void confirm(AccountKind kind, long id, Instant now, List<String> recoveryHashes) {
		jdbc.sql("update two_factor set confirmed_at = :now where account_kind = :kind and account_id = :id")
			.param("kind", kind.name())
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update();
		deleteRecoveryCodes(kind, id);
		for (String hash : recoveryHashes) {
			jdbc.sql("insert into recovery_code (account_kind, account_id, code_hash) values (:kind, :id, :hash)")
				.param("kind", kind.name())
				.param("id", id)
				.param("hash", hash)
				.update();
		}
	}

	/** Spends a recovery code; false when it is unknown or was spent already. */
	boolean useRecoveryCode(AccountKind kind, long id, String hash, Instant now) {
		return jdbc.sql("""
				update recovery_code set used_at = :now
				where account_kind = :kind and account_id = :id and code_hash = :hash and used_at is null""")
			.param("kind", kind.name())
			.param("id", id)
			.param("hash", hash)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	int recoveryCodesLeft(AccountKind kind, long id) {
		return jdbc.sql("""
				select count(*) from recovery_code
				where account_kind = :kind and account_id = :id and used_at is null""")
			.param("kind", kind.name())
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	boolean remove(AccountKind kind, long id) {
		deleteRecoveryCodes(kind, id);
		return jdbc.sql("delete from two_factor where account_kind = :kind and account_id = :id")
			.param("kind", kind.name())
			.param("id", id)
			.update() > 0;
	}

	private void deleteRecoveryCodes(AccountKind kind, long id) {
		jdbc.sql("delete from recovery_code where account_kind = :kind and account_id = :id")
			.param("kind", kind.name())
			.param("id", id)
			.update();
	}

}
