package io.estante.transfers.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.billing.Invoicing;
import io.estante.clients.ClientContact;
import io.estante.clients.ClientDirectory;
import io.estante.services.ServiceLifecycle;
import io.estante.services.ServiceView;
import io.estante.transfers.ServiceTransferred;
import io.estante.transfers.TransferNotice;
import io.estante.transfers.TransferRefused.Unmet;
import io.estante.transfers.TransferStatus;

/**
 * Carries out a confirmed (and, where required, approved) request, in the caller's
 * transaction with the request row locked: locks the service row, checks every condition
 * again (an invoice may have been issued, the service suspended, a verification lost
 * meanwhile), then changes the owner; or closes the request as rejected, naming what no
 * longer holds. Past invoices and payments are not touched: they stay with the origin.
 */
@Component
public class TransferCompletion {

	private final ServiceLifecycle lifecycle;

	private final ClientDirectory clients;

	private final Invoicing invoicing;

	private final Transfers transfers;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final TransferEndings endings;

	private final Clock clock;

	TransferCompletion(ServiceLifecycle lifecycle, ClientDirectory clients, Invoicing invoicing, Transfers transfers,
			ApplicationEventPublisher events, AuditTrail audit, TransferEndings endings, Clock clock) {
		this.lifecycle = lifecycle;
		this.clients = clients;
		this.invoicing = invoicing;
		this.transfers = transfers;
		this.events = events;
		this.audit = audit;
		this.endings = endings;
		this.clock = clock;
	}

	/** True when the service moved; false when the request was rejected instead. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean carryOut(Transfer t, String approvedBy) {
		ServiceView service = lifecycle.lockForChange(t.serviceId());
		Optional<ClientContact> origin = clients.contact(t.fromClientId());
		Optional<ClientContact> destination = clients.contact(t.toClientId());
		List<Unmet> unmet = TransferRules.unmet(new TransferRules.Facts(t.fromClientId(), origin, destination, service,
				invoicing.unpaidForService(t.serviceId()), false));
		Instant now = Instant.now(clock);
		if (!unmet.isEmpty()) {
			endings.end(t, Transfer.Closing.CONDITIONS, unmet, null, approvedBy, null, now);
			audit.record("transfer.rejected", "transfer:" + t.id(),
					"conditions: " + unmet.stream().map(Unmet::condition).toList());
			return false;
		}
		lifecycle.changeOwner(t.serviceId(), t.toClientId(),
				"transfer T-" + t.id() + ": client " + t.fromClientId() + " → " + t.toClientId());
		transfers.close(t, TransferStatus.COMPLETED, approvedBy == null ? null : Transfer.Closing.APPROVED, List.of(),
				null, approvedBy, now);
		audit.record("transfer.completed", "service:" + t.serviceId(),
				"T-" + t.id() + ": client " + t.fromClientId() + " → " + t.toClientId());
		events.publishEvent(
				new ServiceTransferred(t.id(), t.serviceId(), t.serviceLabel(), t.fromClientId(), t.toClientId(), now));
		events.publishEvent(new TransferNotice(t.fromClientId(), t.id(), t.serviceId(), t.serviceLabel(),
				describe(destination.get()), true));
		events.publishEvent(new TransferNotice(t.toClientId(), t.id(), t.serviceId(), t.serviceLabel(),
				describe(origin.get()), false));
		return true;
	}

	private static String describe(ClientContact client) {
		return client.fullName() + " (" + client.email() + ")";
	}

}
