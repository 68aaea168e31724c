package io.estante.clients.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Password-reset tokens. The token itself travels only in the e-mail; the table keeps its
 * SHA-256, so a copy of the database resets no password.
 */
@Repository
public class ResetTokens {

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	ResetTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new token for the client and answers the token (shown nowhere else). */
	public String issue(long clientId, Instant now, Instant expiresAt, String address) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				insert into password_reset_token (token_hash, client_id, created_at, expires_at, address)
				values (:hash, :client, :now, :expires, :address)""")
			.param("hash", hash(token))
			.param("client", clientId)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expiresAt))
			.param("address", address)
			.update();
		return token;
	}

	public long issuedSince(long clientId, Instant since) {
		return jdbc.sql("select count(*) from password_reset_token where client_id = :client and created_at > :since")
			.param("client", clientId)
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single();
	}

	/** The client of a live token (unused, not expired), without using it up. */
	public Optional<Long> clientOf(String token, Instant now) {
		return jdbc.sql("""
				select client_id from password_reset_token
				where token_hash = :hash and used_at is null and expires_at > :now""")
			.param("hash", hash(token == null ? "" : token))
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.optional();
	}

	/**
	 * Uses the token up, atomically: of two requests with the same token only one gets
	 * its client.
	 */
	public Optional<Long> consume(String token, Instant now) {
		Optional<Long> client = clientOf(token, now);
		if (client.isEmpty()) {
			return client;
		}
		int used = jdbc.sql("""
				update password_reset_token set used_at = :now
				where token_hash = :hash and used_at is null and expires_at > :now""")
			.param("hash", hash(token))
			.param("now", Timestamp.from(now))
			.update();
		return used == 1 ? client : Optional.empty();
	}

	/** After a reset, the client's other outstanding links stop working too. */
	public void retireAll(long clientId, Instant now) {
		jdbc.sql("update password_reset_token set used_at = :now where client_id = :client and used_at is null")
			.param("client", clientId)
			.param("now", Timestamp.from(now))
			.update();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
