package io.estante.upgrades.internal;

import java.time.LocalDate;

import io.estante.shared.BillingCycle;
import io.estante.shared.Money;

/**
 * The period a service is paid for, as the upgrade rules see it: {@code start} (first
 * day) to {@code end} (the next due date, exclusive) in {@code cycle}, and what was paid
 * for it.
 */
record CurrentPeriod(BillingCycle cycle, LocalDate start, LocalDate end, Money paid) {

	CurrentPeriod {
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("Period ends before it starts: " + start + ".." + end);
		}
	}

	long days() {
		return start.until(end, java.time.temporal.ChronoUnit.DAYS);
	}

	/** Days not yet used on {@code day}: that day counts as unused, the past as used. */
	long daysLeft(LocalDate day) {
		if (day.isBefore(start)) {
			return days();
		}
		return Math.max(0, day.until(end, java.time.temporal.ChronoUnit.DAYS));
	}

}
