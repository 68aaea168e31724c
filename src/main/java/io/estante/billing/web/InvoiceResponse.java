package io.estante.billing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.estante.billing.InvoiceLine;
import io.estante.billing.internal.Invoice;
import io.estante.billing.internal.Payments;

/**
 * An invoice in the API: amounts as two-decimal strings plus {@code currency};
 * {@code balance} is what is still to pay. {@code payments} only on the invoice's own
 * answer.
 */
record InvoiceResponse(long id, String number, long clientId, String status, String total, String amountPaid,
		String balance, String currency, LocalDate issueDate, LocalDate dueDate, Instant paidAt, Instant cancelledAt,
		String cancelReason, List<Line> lines, List<Payment> payments) {

	record Line(String kind, String description, String amount, Long serviceId, LocalDate periodStart,
			LocalDate periodEnd, String reference) {

		static Line of(InvoiceLine line) {
			return new Line(line.kind().name(), line.description(), line.amount().plain(), line.serviceId(),
					line.periodStart(), line.periodEnd(), line.reference());
		}

	}

	record Payment(long id, String method, String transactionId, String amount, String applied, String credited,
			Instant recordedAt) {

		static Payment of(Payments.Payment p) {
			return new Payment(p.id(), p.method(), p.transactionId(), p.amount().plain(), p.applied().plain(),
					p.credited().plain(), p.recordedAt());
		}

	}

	static InvoiceResponse of(Invoice invoice) {
		return of(invoice, null);
	}

	static InvoiceResponse of(Invoice i, List<Payments.Payment> payments) {
		return new InvoiceResponse(i.id(), i.number(), i.clientId(), i.status().name(), i.total().plain(),
				i.amountPaid().plain(), i.balance().plain(), i.currency(), i.issueDate(), i.dueDate(), i.paidAt(),
				i.cancelledAt(), i.cancelReason(), i.lines().stream().map(Line::of).toList(),
				payments == null ? null : payments.stream().map(Payment::of).toList());
	}

}
