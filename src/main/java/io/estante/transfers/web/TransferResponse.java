package io.estante.transfers.web;

import java.time.Instant;
import java.util.Locale;

import io.estante.clients.ClientContact;
import io.estante.transfers.internal.Transfer;
import io.estante.transfers.internal.TransferViews;
import io.estante.transfers.internal.TransferViews.TransferView;

/**
 * A transfer request in the API. {@code message} is the exact text both clients send;
 * {@code whatsappLink} opens WhatsApp with it (absent without a company number or once
 * closed); {@code reason} says why it closed, in the caller's language.
 */
record TransferResponse(long id, long transferId, long serviceId, String serviceLabel, String status, String reason,
		String message, String whatsappLink, Party origin, Party destination, boolean staffApprovalRequired,
		boolean awaitingStaffApproval, Instant createdAt, Instant expiresAt, Instant closedAt) {

	record Party(long clientId, String name, String email, boolean confirmed, Instant confirmedAt, String via) {
	}

	static TransferResponse of(TransferView v, TransferViews views, Locale locale) {
		Transfer t = v.transfer();
		return new TransferResponse(t.id(), t.id(), t.serviceId(), t.serviceLabel(), v.status().name(),
				views.reason(v, locale), t.message(), v.whatsAppLink(),
				party(v.origin(), t.originConfirmedAt(), t.originVia()),
				party(v.destination(), t.destinationConfirmedAt(), t.destinationVia()), t.staffApprovalRequired(),
				v.open() && t.awaitingStaff(), t.createdAt(), t.expiresAt(), t.closedAt());
	}

	private static Party party(ClientContact c, Instant confirmedAt, Transfer.Channel via) {
		return new Party(c.clientId(), c.fullName(), c.email(), confirmedAt != null, confirmedAt,
				via == null ? null : via.name());
	}

}
