package io.estante.billing;

import io.estante.shared.Money;

/**
 * What recording a payment did. {@code duplicate}: the transaction was recorded before
 * and nothing changed. {@code credited}: the part that became client credit (overpayment,
 * or a payment for an invoice already paid or cancelled).
 */
public record PaymentOutcome(long paymentId, boolean duplicate, InvoiceStatus invoiceStatus, Money balance,
		Money credited) {
}
