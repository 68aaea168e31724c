package io.estante.quotes;

import io.estante.shared.Money;

/** A client accepted a quote; {@code invoiceId} is the invoice issued for it. */
public record QuoteAccepted(long quoteId, long clientId, long invoiceId, Money total) {
}
