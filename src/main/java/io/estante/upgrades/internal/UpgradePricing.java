package io.estante.upgrades.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import io.estante.shared.BillingCycle;
import io.estante.shared.Money;
import io.estante.upgrades.UpgradeNotPossible;
import io.estante.upgrades.UpgradePolicy;

/**
 * The amount due for an upgrade, by policy. Pure: the day comes from the caller. Amounts
 * are worked out exactly and rounded once, HALF_UP, to the currency's minor unit.
 * <ul>
 * <li>{@code difference}: new price − paid for the current period. Same cycle: the period
 * is kept. Another cycle: the current period is re-priced in it, from its first day.</li>
 * <li>{@code prorated}: same cycle: (new price − paid) × days left ÷ days in the period,
 * period kept. Another cycle: new cycle's price − paid × days left ÷ days, and a new
 * period starts on the day applied.</li>
 * </ul>
 * Zero or less is not an upgrade and is refused with the reason.
 */
final class UpgradePricing {

	private final UpgradePolicy policy;

	UpgradePricing(UpgradePolicy policy) {
		this.policy = policy;
	}

	UpgradePolicy policy() {
		return policy;
	}

	UpgradeQuote quote(CurrentPeriod current, Money newPrice, BillingCycle newCycle, LocalDate today) {
		if (!newPrice.currency().equals(current.paid().currency())) {
			throw new UpgradeNotPossible("upgrades.currency-mismatch", newPrice.currencyCode(),
					current.paid().currencyCode());
		}
		if (!today.isBefore(current.end())) {
			throw new UpgradeNotPossible("upgrades.period-over", current.end());
		}
		boolean sameCycle = newCycle == current.cycle();
		UpgradeQuote quote = switch (policy) {
			case DIFFERENCE -> difference(current, newPrice, newCycle, today, sameCycle);
			case PRORATED -> prorated(current, newPrice, newCycle, today, sameCycle);
		};
		if (!quote.amountDue().isPositive()) {
			throw new UpgradeNotPossible("upgrades.nothing-to-pay", quote.amountDue().toString(),
					current.paid().toString());
		}
		return quote;
	}

	private static UpgradeQuote difference(CurrentPeriod current, Money newPrice, BillingCycle newCycle,
			LocalDate today, boolean sameCycle) {
		Money due = newPrice.minus(current.paid());
		if (sameCycle) {
			return new UpgradeQuote(due, newCycle, newPrice, PeriodChange.KEEP, current.end());
		}
		LocalDate end = newCycle.periodEnd(current.start());
		if (!end.isAfter(today)) {
			throw new UpgradeNotPossible("upgrades.cycle-too-short", end);
		}
		return new UpgradeQuote(due, newCycle, newPrice, PeriodChange.FROM_CURRENT_START, end);
	}

	private static UpgradeQuote prorated(CurrentPeriod current, Money newPrice, BillingCycle newCycle, LocalDate today,
			boolean sameCycle) {
		BigDecimal days = BigDecimal.valueOf(current.days());
		BigDecimal left = BigDecimal.valueOf(current.daysLeft(today));
		BigDecimal paid = current.paid().amount();
		BigDecimal price = newPrice.amount();
		if (sameCycle) {
			// (price − paid) × left / days, one rounding
			BigDecimal due = once(price.subtract(paid).multiply(left), days, newPrice);
			return new UpgradeQuote(money(due, newPrice), newCycle, newPrice, PeriodChange.KEEP, current.end());
		}
		// price − paid × left / days = (price × days − paid × left) / days, one rounding
		BigDecimal due = once(price.multiply(days).subtract(paid.multiply(left)), days, newPrice);
		return new UpgradeQuote(money(due, newPrice), newCycle, newPrice, PeriodChange.FROM_DAY_APPLIED,
				newCycle.periodEnd(today));
	}

	/** Divides exactly-known numerator by days, rounding once to the minor unit. */
	private static BigDecimal once(BigDecimal numerator, BigDecimal days, Money like) {
		return numerator.divide(days, like.amount().scale(), RoundingMode.HALF_UP);
	}

	private static Money money(BigDecimal amount, Money like) {
		return new Money(amount, like.currency());
	}

}
