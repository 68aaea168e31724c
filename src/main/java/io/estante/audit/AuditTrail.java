package io.estante.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.estante.shared.security.CurrentUser;
import io.estante.shared.security.CurrentUsers;
import io.estante.shared.web.ClientAddress;

/**
 * Records what happened, by whom and from where. Joins the caller's transaction, so an
 * action that rolls back leaves no audit row claiming it happened; {@link #recordAlone}
 * is for events that must stay even when the surrounding work fails (a refused sign-in).
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records an action by the signed-in user (or "system"), within the current
	 * transaction.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, String subject, String detail) {
		CurrentUser actor = CurrentUsers.current().orElse(null);
		insert(actor == null ? "SYSTEM" : actor.kind().name(), actor == null ? null : actor.id(),
				actor == null ? "system" : actor.email(), action, subject, detail);
	}

	/** Records an action by a named actor (e.g. the e-mail tried at a failed sign-in). */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actorKind, Long actorId, String actorName, String action, String subject, String detail) {
		insert(actorKind, actorId, actorName, action, subject, detail);
	}

	/**
	 * Like {@link #record(String, Long, String, String, String, String)} but committed on
	 * its own.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordAlone(String actorKind, Long actorId, String actorName, String action, String subject,
			String detail) {
		insert(actorKind, actorId, actorName, action, subject, detail);
	}

	/**
	 * E-mails are stored lower-cased, so staff can filter by actor with any letter case.
	 */
	private void insert(String actorKind, Long actorId, String actorName, String action, String subject,
			String detail) {
		jdbc.sql(
				"""
						insert into audit_entry (occurred_at, actor_kind, actor_id, actor_name, action, subject, detail, address)
						values (:at, :kind, :id, :name, :action, :subject, :detail, :address)""")
			.param("at", java.sql.Timestamp.from(Instant.now(clock)))
			.param("kind", actorKind)
			.param("id", actorId)
			.param("name",
					actorName != null && actorName.contains("@") ? actorName.trim().toLowerCase(Locale.ROOT)
							: actorName)
			.param("action", action)
			.param("subject", subject)
			.param("detail", detail)
			.param("address", ClientAddress.current())
			.update();
	}

}
