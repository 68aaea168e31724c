package io.estante.upgrades.internal;

import java.time.LocalDate;

import io.estante.shared.BillingCycle;
import io.estante.shared.Money;

/**
 * What an upgrade costs and does: {@code amountDue} is invoiced; once applied the service
 * is in {@code cycle}, its period worth {@code periodValue} (what the next upgrade starts
 * from), and {@code nextDueDate} is its due date when applied on the day quoted.
 */
record UpgradeQuote(Money amountDue, BillingCycle cycle, Money periodValue, PeriodChange periodChange,
		LocalDate nextDueDate) {

	/** The new period's first day for the service, applied on {@code dayApplied}. */
	LocalDate newPeriodStart(LocalDate currentStart, LocalDate dayApplied) {
		return switch (periodChange) {
			case KEEP -> null;
			case FROM_CURRENT_START -> currentStart;
			case FROM_DAY_APPLIED -> dayApplied;
		};
	}

}
