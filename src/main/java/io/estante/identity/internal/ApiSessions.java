package io.estante.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.estante.shared.security.AccountDirectory;
import io.estante.shared.security.AccountKind;
import io.estante.shared.security.EstantePrincipal;

/**
 * Bearer tokens for the API. The token is random and shown once; only its SHA-256 is
 * stored, so a copy of the database cannot be used to call the API. Kept in the database:
 * any node can check any token.
 */
@Service
public class ApiSessions {

	static final Duration LIFETIME = Duration.ofHours(12);

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final List<AccountDirectory> directories;

	ApiSessions(JdbcClient jdbc, Clock clock, List<AccountDirectory> directories) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.directories = directories;
	}

	public record Issued(String token, Instant expiresAt) {
	}

	@Transactional
	public Issued open(EstantePrincipal principal) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = Instant.now(clock);
		Instant expires = now.plus(LIFETIME);
		jdbc.sql("""
				insert into api_session (token_hash, account_kind, account_id, created_at, expires_at)
				values (:hash, :kind, :id, :now, :expires)""")
			.param("hash", hash(token))
			.param("kind", principal.user().kind().name())
			.param("id", principal.user().id())
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expires))
			.update();
		return new Issued(token, expires);
	}

	/**
	 * The account behind a live token; empty for unknown, expired or disabled accounts.
	 */
	@Transactional(readOnly = true)
	public Optional<EstantePrincipal> authenticate(String token) {
		record Row(String kind, long id) {
		}
		return jdbc
			.sql("select account_kind, account_id from api_session where token_hash = :hash and expires_at > :now")
			.param("hash", hash(token))
			.param("now", Timestamp.from(Instant.now(clock)))
			.query((rs, n) -> new Row(rs.getString(1), rs.getLong(2)))
			.optional()
			.flatMap(row -> directory(AccountKind.valueOf(row.kind())).byId(row.id()))
			.filter(EstantePrincipal::isEnabled);
	}

	@Transactional
	public void close(String token) {
		jdbc.sql("delete from api_session where token_hash = :hash").param("hash", hash(token)).update();
	}

	/** Ends every API session of an account (after a password change or a reset). */
	@Transactional
	public void closeAll(AccountKind kind, long accountId) {
		jdbc.sql("delete from api_session where account_kind = :kind and account_id = :id")
			.param("kind", kind.name())
			.param("id", accountId)
			.update();
	}

	/**
	 * Ends the API sessions an account opened up to a moment (a password change): those
	 * opened afterwards, with the new password, stay.
	 */
	@Transactional
	public void closeAllOpenedUntil(AccountKind kind, long accountId, Instant until) {
		jdbc.sql("delete from api_session where account_kind = :kind and account_id = :id and created_at <= :until")
			.param("kind", kind.name())
			.param("id", accountId)
			.param("until", Timestamp.from(until))
			.update();
	}

	private AccountDirectory directory(AccountKind kind) {
		return directories.stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
