package io.estante.upgrades.internal;

import java.time.Instant;
import java.time.LocalDate;

import io.estante.shared.BillingCycle;
import io.estante.shared.Money;
import io.estante.upgrades.UpgradePolicy;
import io.estante.upgrades.UpgradeStatus;
import io.estante.upgrades.UpgradeView;

/**
 * An upgrade row: the plan it leaves ({@code fromPeriod} is the first day of the period
 * it was quoted in), the plan it moves to, what was invoiced and what the new period is
 * worth once applied.
 */
public record Upgrade(long id, long serviceId, long clientId, long fromProductId, BillingCycle fromCycle,
		LocalDate fromPeriod, long toProductId, BillingCycle toCycle, UpgradePolicy policy, Money amountDue,
		Money periodValue, PeriodChange periodChange, Long invoiceId, UpgradeStatus status, Instant requestedAt,
		Instant closedAt, String outcome, Instant handledAt, String handledBy) {

	public UpgradeView view() {
		return new UpgradeView(id, serviceId, clientId, fromProductId, fromCycle, toProductId, toCycle, policy,
				amountDue, invoiceId, status, requestedAt, closedAt, outcome);
	}

	/** The first day of the new period when applied on {@code day}; null keeps it. */
	LocalDate newPeriodStart(LocalDate day) {
		return switch (periodChange) {
			case KEEP -> null;
			case FROM_CURRENT_START -> fromPeriod;
			case FROM_DAY_APPLIED -> day;
		};
	}

}
