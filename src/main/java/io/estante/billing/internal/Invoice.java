package io.estante.billing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.estante.billing.InvoiceLine;
import io.estante.billing.InvoiceStatus;
import io.estante.billing.InvoiceSummary;
import io.estante.shared.Money;

/**
 * An invoice as stored: its number, lines, what was paid on it and its state. The balance
 * is what is still owed; only an unpaid invoice owes anything.
 */
public record Invoice(long id, String number, long clientId, InvoiceStatus status, Money total, Money amountPaid,
		LocalDate issueDate, LocalDate dueDate, Instant paidAt, Instant cancelledAt, String cancelReason,
		List<InvoiceLine> lines) {

	public Invoice {
		lines = List.copyOf(lines);
	}

	public String currency() {
		return total.currencyCode();
	}

	public Money balance() {
		return status == InvoiceStatus.UNPAID ? total.minus(amountPaid) : Money.zero(total.currency());
	}

	/** Unpaid and past its due date as of {@code today}. */
	public boolean overdue(LocalDate today) {
		return status == InvoiceStatus.UNPAID && dueDate.isBefore(today);
	}

	public Invoice withLines(List<InvoiceLine> newLines) {
		return new Invoice(id, number, clientId, status, total, amountPaid, issueDate, dueDate, paidAt, cancelledAt,
				cancelReason, newLines);
	}

	public InvoiceSummary summary() {
		return new InvoiceSummary(id, number, clientId, status, total, balance(), issueDate, dueDate, lines);
	}

}
