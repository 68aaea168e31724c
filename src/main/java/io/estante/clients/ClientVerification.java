package io.estante.clients;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.clients.internal.Client;
import io.estante.clients.internal.Clients;
import io.estante.clients.internal.FraudFlags;
import io.estante.shared.NotFound;
import io.estante.shared.security.CurrentUser;

/**
 * Staff verify a client's identity document. One person, one account: a document number
 * (normalised, see {@link DocumentNumber}) belongs to one client; a second client
 * presenting it is refused and flagged as a fraud risk.
 */
@Service
public class ClientVerification {

	private final Clients clients;

	private final FraudFlags flags;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	ClientVerification(Clients clients, FraudFlags flags, ApplicationEventPublisher events, AuditTrail audit,
			Clock clock) {
		this.clients = clients;
		this.flags = flags;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Verifies the client with this document. The same document again changes nothing;
	 * another document on a verified client is {@link AlreadyVerified}; a document held
	 * by another client is {@link DocumentAlreadyUsed} and leaves a fraud flag.
	 */
	@Transactional
	public ClientContact verify(long clientId, String document, CurrentUser staff) {
		DocumentNumber number = DocumentNumber.parse(document);
		Client client = clients.byId(clientId).orElseThrow(() -> new NotFound("client", clientId));
		if (client.verified()) {
			if (number.value().equals(client.documentId())) {
				return client.contact();
			}
			throw new AlreadyVerified(client.documentId());
		}
		Instant now = Instant.now(clock);
		if (clients.byDocument(number.value()).filter(other -> other.id() != clientId).isPresent()) {
			throw refuse(clientId, number, staff, now);
		}
		boolean marked;
		try {
			marked = clients.markVerified(clientId, number.value(), staff.id(), now);
		}
		catch (DuplicateKeyException ex) {
			// Another client was verified with this document at the same moment.
			throw refuse(clientId, number, staff, now);
		}
		if (!marked) {
			return verify(clientId, document, staff);
		}
		events.publishEvent(new ClientVerified(clientId, now, staff.id()));
		audit.record("STAFF", staff.id(), staff.email(), "CLIENT_VERIFIED", "client:" + clientId,
				"document " + number.value());
		return clients.byId(clientId).orElseThrow().contact();
	}

	/**
	 * Closes an open fraud flag raised on this client, with staff's note on what the
	 * review found; the client stops being a fraud risk once no flag on it is open.
	 */
	@Transactional
	public void resolveFlag(long clientId, long flagId, String note, CurrentUser staff) {
		String text = note == null ? "" : note.strip();
		if (text.isEmpty() || text.length() > FlagReviewRefused.MAX_NOTE) {
			throw FlagReviewRefused.noteRequired();
		}
		flags.byId(flagId)
			.filter(flag -> flag.clientId() == clientId)
			.orElseThrow(() -> new NotFound("fraud flag", flagId));
		if (!flags.resolve(flagId, text, staff.id(), staff.email(), Instant.now(clock))) {
			throw FlagReviewRefused.alreadyResolved();
		}
		audit.record("STAFF", staff.id(), staff.email(), "CLIENT_FRAUD_FLAG_RESOLVED", "client:" + clientId,
				"flag " + flagId + ": " + text);
	}

	private DocumentAlreadyUsed refuse(long clientId, DocumentNumber number, CurrentUser staff, Instant now) {
		Long holder = flags.raise(clientId, number.value(), staff.id(), staff.email(), now);
		return new DocumentAlreadyUsed(holder == null ? 0 : holder);
	}

}
