package io.estante.quotes.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.estante.shared.Money;

/**
 * A quote with its lines. DRAFT (staff only) → SENT (the client sees it) → ACCEPTED (its
 * invoice issued) or DECLINED; staff edit it while DRAFT or SENT. A SENT quote past its
 * valid-until date is expired: it can no longer be accepted.
 */
public record Quote(long id, long clientId, Status status, Money total, LocalDate validUntil, Long invoiceId,
		int edition, String createdBy, Instant createdAt, Instant sentAt, Instant decidedAt, String declineReason,
		List<Line> lines) {

	public enum Status {

		DRAFT, SENT, ACCEPTED, DECLINED

	}

	public record Line(String description, Money amount) {
	}

	/** "P-000042": what the client and the alert call it. */
	public String number() {
		return number(id);
	}

	public static String number(long id) {
		return "P-%06d".formatted(id);
	}

	public boolean editable() {
		return status == Status.DRAFT || status == Status.SENT;
	}

	public boolean expired(LocalDate today) {
		return status == Status.SENT && validUntil.isBefore(today);
	}

	/** What the client sees: the status, or EXPIRED for a sent quote past its date. */
	public String shownStatus(LocalDate today) {
		return expired(today) ? "EXPIRED" : status.name();
	}

	public String currency() {
		return total.currencyCode();
	}

}
