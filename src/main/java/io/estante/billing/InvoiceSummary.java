package io.estante.billing;

import java.time.LocalDate;
import java.util.List;

import io.estante.shared.Money;

/** An invoice as other modules see it. */
public record InvoiceSummary(long invoiceId, String number, long clientId, InvoiceStatus status, Money total,
		Money balance, LocalDate issueDate, LocalDate dueDate, List<InvoiceLine> lines) {
}
