package io.estante.transfers.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.estante.transfers.TransferEnded;
import io.estante.transfers.TransferRefused.Unmet;
import io.estante.transfers.TransferStatus;

/**
 * Ends an open request without moving the service (expired, withdrawn, rejected by staff
 * or because a condition no longer held) and tells both sides why, except a side that
 * ended it itself. In the caller's transaction, which holds the row lock: the notices go
 * out only if the ending commits.
 */
@Component
class TransferEndings {

	private final Transfers transfers;

	private final ApplicationEventPublisher events;

	TransferEndings(Transfers transfers, ApplicationEventPublisher events) {
		this.transfers = transfers;
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void end(Transfer t, Transfer.Closing closing, List<Unmet> unmet, String reasonText, String by, Long endedByClient,
			Instant now) {
		TransferStatus status = closing == Transfer.Closing.EXPIRED ? TransferStatus.EXPIRED : TransferStatus.REJECTED;
		transfers.close(t, status, closing, unmet, reasonText, by, now);
		String reason = switch (closing) {
			case EXPIRED -> "transfer-expired";
			case WITHDRAWN -> "transfer-withdrawn";
			case CONDITIONS -> "transfer-conditions";
			case STAFF -> "transfer-rejected: " + reasonText;
			case APPROVED -> throw new IllegalArgumentException("an approved transfer is completed, not ended");
		};
		for (long party : List.of(t.fromClientId(), t.toClientId())) {
			if (endedByClient == null || party != endedByClient) {
				events.publishEvent(new TransferEnded(party, t.id(), t.serviceId(), t.serviceLabel(), reason,
						party == t.fromClientId()));
			}
		}
	}

}
