package io.estante.upgrades;

import java.time.Instant;

import io.estante.shared.BillingCycle;
import io.estante.shared.Money;

/** An upgrade as the client and staff see it. */
public record UpgradeView(long id, long serviceId, long clientId, long fromProductId, BillingCycle fromCycle,
		long toProductId, BillingCycle toCycle, UpgradePolicy policy, Money amountDue, Long invoiceId,
		UpgradeStatus status, Instant requestedAt, Instant closedAt, String outcome) {
}
