package io.estante.billing;

import io.estante.shared.Money;

/**
 * A payment against an invoice, from staff or a gateway. {@code transactionId} is unique
 * per {@code method}: the same one again changes nothing.
 */
public record PaymentRequest(long invoiceId, Money amount, String method, String transactionId, String note) {
}
