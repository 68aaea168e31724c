package io.estante.services;

import java.time.LocalDate;

import io.estante.shared.BillingCycle;
import io.estante.shared.Money;

/**
 * A service as other modules see it. {@code periodStart}..{@code nextDueDate} is the
 * period paid for; {@code amountPaid} what was paid for it (the upgrade rules start from
 * it).
 */
public record ServiceView(long id, long clientId, long productId, String label, BillingCycle billingCycle,
		ServiceStatus status, LocalDate periodStart, LocalDate nextDueDate, Money amountPaid, boolean autoRenew) {
}
