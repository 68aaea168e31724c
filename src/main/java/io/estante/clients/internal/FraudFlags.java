package io.estante.clients.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;

/**
 * Fraud-risk flags: a client whose verification was refused because its document belongs
 * to another client. Raised in a transaction of its own, so the flag (and its audit row)
 * stays although the refused verification rolls back. Staff close a flag with a note once
 * reviewed; closed flags stay for the record, only open ones make a fraud risk.
 */
@Repository
public class FraudFlags {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	FraudFlags(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public record Flag(long id, long clientId, Long otherClientId, String documentId, Instant raisedAt,
			String raisedByName, Instant resolvedAt, String resolvedByName, String resolution) {

		public boolean open() {
			return resolvedAt == null;
		}

	}

	/** Flags {@code clientId}; returns the client holding the document (null if none). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Long raise(long clientId, String documentId, long staffId, String staffName, Instant now) {
		Long holder = jdbc.sql("select id from client where document_id = :doc and id <> :id")
			.param("doc", documentId)
			.param("id", clientId)
			.query(Long.class)
			.optional()
			.orElse(null);
		jdbc.sql("""
				insert into client_fraud_flag (client_id, other_client_id, document_id, raised_at, raised_by,
				                               raised_by_name)
				values (:client, :other, :doc, :at, :staff, :name)""")
			.param("client", clientId)
			.param("other", holder)
			.param("doc", documentId)
			.param("at", Timestamp.from(now))
			.param("staff", staffId)
			.param("name", staffName)
			.update();
		audit.recordAlone("STAFF", staffId, staffName, "CLIENT_FRAUD_FLAGGED", "client:" + clientId,
				"document " + documentId + " already held by client:" + holder);
		return holder;
	}

	/** Flags on this client, and flags of others that tried its document. */
	public List<Flag> involving(long clientId) {
		return jdbc.sql("""
				select * from client_fraud_flag where client_id = :id or other_client_id = :id
				order by raised_at desc, id desc""").param("id", clientId).query(FraudFlags::flag).list();
	}

	public Optional<Flag> byId(long id) {
		return jdbc.sql("select * from client_fraud_flag where id = :id")
			.param("id", id)
			.query(FraudFlags::flag)
			.optional();
	}

	/** Closes the flag if it is still open; false when someone closed it first. */
	public boolean resolve(long id, String note, long staffId, String staffName, Instant now) {
		return jdbc.sql("""
				update client_fraud_flag set resolved_at = :at, resolved_by = :staff, resolved_by_name = :name,
				       resolution = :note
				where id = :id and resolved_at is null""")
			.param("id", id)
			.param("at", Timestamp.from(now))
			.param("staff", staffId)
			.param("name", staffName)
			.param("note", note)
			.update() == 1;
	}

	private static Flag flag(ResultSet rs, int n) throws SQLException {
		Timestamp resolved = rs.getTimestamp("resolved_at");
		return new Flag(rs.getLong("id"), rs.getLong("client_id"), rs.getObject("other_client_id", Long.class),
				rs.getString("document_id"), rs.getTimestamp("raised_at").toInstant(), rs.getString("raised_by_name"),
				resolved == null ? null : resolved.toInstant(), rs.getString("resolved_by_name"),
				rs.getString("resolution"));
	}

}
