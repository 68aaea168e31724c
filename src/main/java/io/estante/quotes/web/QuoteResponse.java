package io.estante.quotes.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.estante.quotes.internal.Quote;

/**
 * A quote in the API: amounts as two-decimal strings plus {@code currency};
 * {@code status} is EXPIRED for a sent quote past its date.
 */
record QuoteResponse(long id, String number, long clientId, String status, String total, String currency,
		LocalDate validUntil, Long invoiceId, List<Line> lines, Instant createdAt, Instant sentAt, Instant decidedAt,
		String declineReason) {

	record Line(String description, String amount) {
	}

	static QuoteResponse of(Quote q, LocalDate today) {
		return new QuoteResponse(q.id(), q.number(), q.clientId(), q.shownStatus(today), q.total().plain(),
				q.currency(), q.validUntil(), q.invoiceId(),
				q.lines().stream().map(l -> new Line(l.description(), l.amount().plain())).toList(), q.createdAt(),
				q.sentAt(), q.decidedAt(), q.declineReason());
	}

}
