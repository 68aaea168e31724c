package io.estante.upgrades;

import io.estante.shared.BillingCycle;
import io.estante.shared.Money;

/**
 * A client asked for an upgrade and its invoice was issued; it applies when the invoice
 * is paid. (The client is told through the invoice's own notice.)
 */
public record UpgradeRequested(long upgradeId, long serviceId, long clientId, long productId, BillingCycle cycle,
		Money amountDue, long invoiceId) {
}
