package io.estante.clients.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import io.estante.clients.PhoneNumber;

/** Client rows. E-mails are looked up by their lower-cased key. */
@Repository
public class Clients {

	private final JdbcClient jdbc;

	Clients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String emailKey(String email) {
		return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

	public Optional<Client> byId(long id) {
		return jdbc.sql("select * from client where id = :id").param("id", id).query(Clients::map).optional();
	}

	public List<Client> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from client where id in (:ids)").param("ids", ids).query(Clients::map).list();
	}

	public Optional<Client> byEmail(String email) {
		return jdbc.sql("select * from client where email_key = :key")
			.param("key", emailKey(email))
			.query(Clients::map)
			.optional();
	}

	public Optional<Client> byPhoneKey(String phoneKey) {
		return jdbc.sql("select * from client where phone_key = :key order by id")
			.param("key", phoneKey)
			.query(Clients::map)
			.stream()
			.findFirst();
	}

	public Optional<Client> byDocument(String documentId) {
		return jdbc.sql("select * from client where document_id = :doc")
			.param("doc", documentId)
			.query(Clients::map)
			.optional();
	}

	/**
	 * Records the check; false when the client was verified meanwhile (the caller
	 * re-reads).
	 */
	public boolean markVerified(long id, String documentId, long staffId, Instant now) {
		return jdbc.sql("""
				update client set document_id = :doc, verified_at = :now, verified_by = :staff, updated_at = :now,
				       version = version + 1
				where id = :id and verified_at is null""")
			.param("id", id)
			.param("doc", documentId)
			.param("staff", staffId)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	public boolean exists(long id) {
		return jdbc.sql("select count(*) from client where id = :id").param("id", id).query(Long.class).single() > 0;
	}

	public long insertNew(String email, String passwordHash, String firstName, String lastName, PhoneNumber phone,
			String language, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into client (email, email_key, password_hash, first_name, last_name, phone, phone_key,
				                    language, name_key, last_name_key, created_at, updated_at)
				values (:email, :key, :hash, :first, :last, :phone, :phoneKey, :language, :nameKey, :lastKey,
				        :now, :now)""")
			.param("email", email.trim())
			.param("key", emailKey(email))
			.param("hash", passwordHash)
			.param("first", firstName.trim())
			.param("last", lastName.trim())
			.param("phone", phone == null ? null : phone.e164())
			.param("phoneKey", phone == null ? null : phone.matchKey())
			.param("language", language)
			.param("nameKey", SearchKeys.name(firstName, lastName))
			.param("lastKey", SearchKeys.lastName(lastName))
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public void updateDetailsOf(long id, String firstName, String lastName, PhoneNumber phone, String language,
			Instant now) {
		jdbc.sql("""
				update client set first_name = :first, last_name = :last, phone = :phone, phone_key = :phoneKey,
				       language = :language, name_key = :nameKey, last_name_key = :lastKey, updated_at = :now,
				       version = version + 1
				where id = :id""")
			.param("id", id)
			.param("first", firstName.trim())
			.param("last", lastName.trim())
			.param("phone", phone == null ? null : phone.e164())
			.param("phoneKey", phone == null ? null : phone.matchKey())
			.param("language", language)
			.param("nameKey", SearchKeys.name(firstName, lastName))
			.param("lastKey", SearchKeys.lastName(lastName))
			.param("now", Timestamp.from(now))
			.update();
	}

	public void updateEmailOf(long id, String email, Instant now) {
		jdbc.sql(
				"update client set email = :email, email_key = :key, updated_at = :now, version = version + 1 where id = :id")
			.param("id", id)
			.param("email", email.trim())
			.param("key", emailKey(email))
			.param("now", Timestamp.from(now))
			.update();
	}

	public void updatePasswordOf(long id, String passwordHash, Instant now) {
		jdbc.sql("update client set password_hash = :hash, updated_at = :now, version = version + 1 where id = :id")
			.param("id", id)
			.param("hash", passwordHash)
			.param("now", Timestamp.from(now))
			.update();
	}

	static Client map(ResultSet rs, int row) throws SQLException {
		Timestamp verified = rs.getTimestamp("verified_at");
		return new Client(rs.getLong("id"), rs.getString("email"), rs.getString("password_hash"),
				rs.getString("first_name"), rs.getString("last_name"), rs.getString("phone"), rs.getString("language"),
				rs.getString("document_id"), verified == null ? null : verified.toInstant(),
				rs.getObject("verified_by", Long.class), rs.getTimestamp("created_at").toInstant(),
				rs.getInt("version"));
	}

}
