package io.estante.billing;

import java.time.Instant;
import java.util.List;

import io.estante.shared.Money;

/**
 * An invoice was paid in full. Carries its lines so each module acts on its own: services
 * activate or renew, upgrades apply, quotes close.
 */
public record InvoicePaid(long invoiceId, long clientId, String number, Money total, Instant paidAt,
		List<InvoiceLine> lines) {
}
