package io.estante.transfers.internal;

import java.time.Instant;
import java.util.List;

import io.estante.transfers.TransferRefused.Unmet;
import io.estante.transfers.TransferStatus;

/**
 * A transfer request as stored. {@code message} is the exact text both clients must send
 * (NFC); a side is confirmed when its {@code …ConfirmedAt} is set, {@code via} says how
 * ({@link Channel}). A closed request says why: {@code reasonCode} ({@link Closing}), the
 * unmet {@code conditions} or staff's {@code reasonText}.
 */
public record Transfer(long id, long serviceId, String serviceLabel, long fromClientId, long toClientId, String message,
		TransferStatus status, boolean staffApprovalRequired, Instant originConfirmedAt, Channel originVia,
		Instant destinationConfirmedAt, Channel destinationVia, Closing reasonCode, List<Unmet> conditions,
		String reasonText, String decidedBy, Instant createdAt, Instant expiresAt, Instant closedAt) {

	/** How a side confirmed. */
	public enum Channel {

		WHATSAPP, CLIENT_AREA

	}

	/** Why a request closed without completing (or by whose approval it completed). */
	public enum Closing {

		/** A condition no longer held when the transfer was to be carried out. */
		CONDITIONS,
		/** Staff rejected it ({@code reasonText} says why). */
		STAFF,
		/** The origin withdrew it. */
		WITHDRAWN,
		/** Nobody confirmed in time. */
		EXPIRED,
		/** Completed with staff's approval. */
		APPROVED

	}

	public Transfer {
		conditions = conditions == null ? List.of() : List.copyOf(conditions);
	}

	public boolean isParty(long clientId) {
		return clientId == fromClientId || clientId == toClientId;
	}

	public boolean originConfirmed() {
		return originConfirmedAt != null;
	}

	public boolean destinationConfirmed() {
		return destinationConfirmedAt != null;
	}

	public boolean confirmedBy(long clientId) {
		return clientId == fromClientId ? originConfirmed() : clientId == toClientId && destinationConfirmed();
	}

	public boolean bothConfirmed() {
		return originConfirmed() && destinationConfirmed();
	}

	/** Both confirmed but staff's approval is still missing. */
	public boolean awaitingStaff() {
		return status.isOpen() && staffApprovalRequired && bothConfirmed();
	}

	/** Open, but past its expiry: it is treated (and soon stored) as expired. */
	public boolean lapsed(Instant now) {
		return status.isOpen() && !now.isBefore(expiresAt);
	}

	/** The status as of {@code now}: an open request past its expiry is expired. */
	public TransferStatus statusAt(Instant now) {
		return lapsed(now) ? TransferStatus.EXPIRED : status;
	}

}
