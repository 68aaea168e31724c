package io.estante.transfers.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.billing.Invoicing;
import io.estante.clients.ClientContact;
import io.estante.clients.ClientDirectory;
import io.estante.clients.ClientManagement;
import io.estante.services.ServiceDirectory;
import io.estante.services.ServiceView;
import io.estante.shared.BusinessException;
import io.estante.shared.NotFound;
import io.estante.transfers.TransferCondition;
import io.estante.transfers.TransferRefused;
import io.estante.transfers.TransferRefused.Unmet;

/**
 * What clients and staff do to transfer requests, each in one transaction with the
 * request row locked. A lapsed request is expired first (committed on its own) and then
 * refused as expired.
 */
@Service
public class TransferManagement {

	private final Transfers transfers;

	private final TransferCompletion completion;

	private final TransferExpiry expiry;

	private final ServiceDirectory services;

	private final ClientDirectory clients;

	private final ClientManagement accounts;

	private final Invoicing invoicing;

	private final TransferProperties properties;

	private final AuditTrail audit;

	private final TransferEndings endings;

	private final Clock clock;

	TransferManagement(Transfers transfers, TransferCompletion completion, TransferExpiry expiry,
			ServiceDirectory services, ClientDirectory clients, ClientManagement accounts, Invoicing invoicing,
			TransferProperties properties, AuditTrail audit, TransferEndings endings, Clock clock) {
		this.transfers = transfers;
		this.completion = completion;
		this.expiry = expiry;
		this.services = services;
		this.clients = clients;
		this.accounts = accounts;
		this.invoicing = invoicing;
		this.properties = properties;
		this.audit = audit;
		this.endings = endings;
		this.clock = clock;
	}

	/**
	 * The origin asks to move its service to the client with this e-mail. Every unmet
	 * condition is listed at once ({@link TransferRefused}); someone else's service is
	 * 404. {@code password} is checked when given (the client area always asks it).
	 */
	@Transactional
	public Transfer start(long originId, long serviceId, String toEmail, String password) {
		return start(originId, serviceId, toEmail, password, null);
	}

	/**
	 * As above; {@code code} is the current two-factor code, checked with the password
	 * once the origin client uses two-factor sign-in.
	 */
	@Transactional
	public Transfer start(long originId, long serviceId, String toEmail, String password, String code) {
		if (password != null) {
			accounts.confirmIdentity(originId, password, code);
		}
		ServiceView service = services.find(serviceId)
			.filter(s -> s.clientId() == originId)
			.orElseThrow(() -> new NotFound("service", serviceId));
		String email = toEmail == null ? "" : toEmail.strip();
		if (email.isEmpty()) {
			throw new BusinessException(HttpStatus.BAD_REQUEST, "transfers.email.required");
		}
		transfers.openFor(serviceId).ifPresent(expiry::expireIfLapsed);
		List<Unmet> unmet = TransferRules
			.unmet(new TransferRules.Facts(originId, clients.contact(originId), clients.contactByEmail(email), service,
					invoicing.unpaidForService(serviceId), transfers.openFor(serviceId).isPresent()));
		if (!unmet.isEmpty()) {
			throw new TransferRefused(unmet);
		}
		ClientContact origin = clients.contact(originId).orElseThrow();
		ClientContact destination = clients.contactByEmail(email).orElseThrow();
		Instant now = Instant.now(clock);
		long id = transfers
			.insert(new Transfers.NewTransfer(serviceId, service.label(), originId, destination.clientId(),
					properties.staffApproval(), now, now.plus(Duration.ofDays(properties.expiryDays()))));
		transfers.setMessage(id, TransferText.compose(id, serviceId, service.label(), origin, destination));
		if (!transfers.claimService(serviceId, id)) {
			throw new TransferRefused(List.of(Unmet.of(TransferCondition.ANOTHER_TRANSFER_OPEN)));
		}
		audit.record("transfer.started", "service:" + serviceId,
				"T-" + id + ": client " + originId + " → " + destination.clientId());
		return transfers.byId(id).orElseThrow();
	}

	/**
	 * A party confirms its side in the client area (or the API) with the identical text.
	 */
	@Transactional
	public Transfer confirm(long transferId, long clientId, String message) {
		Transfer t = lockOpen(transferId, clientId);
		if (!TransferText.matches(t.message(), message)) {
			throw MessageMismatch.of(t, message, email(t.fromClientId()), email(t.toClientId()));
		}
		return recordConfirmation(t, clientId, Transfer.Channel.CLIENT_AREA);
	}

	/**
	 * Either party calls the request off (the origin withdraws, the destination
	 * declines).
	 */
	@Transactional
	public Transfer withdraw(long transferId, long clientId, String clientEmail) {
		Transfer t = lockOpen(transferId, clientId);
		endings.end(t, Transfer.Closing.WITHDRAWN, List.of(), null, clientEmail, clientId, Instant.now(clock));
		audit.record("transfer.withdrawn", "transfer:" + t.id(), null);
		return transfers.byId(transferId).orElseThrow();
	}

	/** Staff approve a request both clients confirmed: it is carried out now. */
	@Transactional
	public Transfer approve(long transferId, String staffName) {
		Transfer t = lockOpen(transferId, null);
		if (!t.bothConfirmed()) {
			throw new BusinessException(HttpStatus.CONFLICT, "transfers.approval.not-confirmed", transferId);
		}
		completion.carryOut(t, staffName);
		return transfers.byId(transferId).orElseThrow();
	}

	@Transactional
	public Transfer reject(long transferId, String reason, String staffName) {
		if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
			throw new BusinessException(HttpStatus.BAD_REQUEST, "transfers.reject.reason-required");
		}
		Transfer t = lockOpen(transferId, null);
		endings.end(t, Transfer.Closing.STAFF, List.of(), reason.strip(), staffName, null, Instant.now(clock));
		audit.record("transfer.rejected", "transfer:" + t.id(), reason.strip());
		return transfers.byId(transferId).orElseThrow();
	}

	/**
	 * Records a side's confirmation (once; again changes nothing) and carries the request
	 * out when both sides confirmed and staff's approval is not required. The caller
	 * holds the row lock.
	 */
	public Transfer recordConfirmation(Transfer t, long clientId, Transfer.Channel via) {
		if (!t.confirmedBy(clientId)) {
			transfers.confirm(t.id(), clientId == t.fromClientId(), via, Instant.now(clock));
			audit.record("CLIENT", clientId, email(clientId), "transfer.confirmed", "transfer:" + t.id(), via.name());
			Transfer confirmed = transfers.byId(t.id()).orElseThrow();
			if (confirmed.bothConfirmed() && !confirmed.staffApprovalRequired()) {
				completion.carryOut(confirmed, null);
			}
		}
		return transfers.byId(t.id()).orElseThrow();
	}

	/** The open request, locked; {@code partyId} (a client) must be one of its sides. */
	private Transfer lockOpen(long transferId, Long partyId) {
		expiry.expireIfLapsed(transferId);
		Transfer t = transfers.lock(transferId)
			.filter(found -> partyId == null || found.isParty(partyId))
			.orElseThrow(() -> new NotFound("transfer", transferId));
		if (!t.status().isOpen()) {
			throw new TransferNotOpen(transferId, t.status());
		}
		return t;
	}

	private String email(long clientId) {
		return clients.contact(clientId).map(ClientContact::email).orElse("");
	}

}
