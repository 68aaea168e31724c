package io.estante.upgrades.internal;

/** What an applied upgrade does to the service's period. */
enum PeriodChange {

	/** Same period, same due date (a change of plan within the cycle). */
	KEEP,

	/**
	 * The current period re-priced in the new cycle: it keeps its first day and ends one
	 * new cycle later ({@code difference} with a change of cycle).
	 */
	FROM_CURRENT_START,

	/** A new period starts on the day the upgrade is applied ({@code prorated}). */
	FROM_DAY_APPLIED

}
