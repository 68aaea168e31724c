package io.estante.shared;

import java.time.LocalDate;

/** How often a service is billed. The length in months drives due dates and proration. */
public enum BillingCycle {

	MONTHLY(1), QUARTERLY(3), SEMIANNUALLY(6), ANNUALLY(12), BIENNIALLY(24), TRIENNIALLY(36);

	private final int months;

	BillingCycle(int months) {
		this.months = months;
	}

	public int months() {
		return months;
	}

	/**
	 * The end of a period that starts on {@code start}. Month arithmetic clamps to the
	 * month's last day (31 Jan + 1 month = 28/29 Feb), as hosting panels do.
	 */
	public LocalDate periodEnd(LocalDate start) {
		return start.plusMonths(months);
	}

	/** The cycle that is the given number of months, or an exception when none is. */
	public static BillingCycle ofMonths(int months) {
		for (BillingCycle cycle : values()) {
			if (cycle.months == months) {
				return cycle;
			}
		}
		throw new IllegalArgumentException("No billing cycle of " + months + " months");
	}

}
