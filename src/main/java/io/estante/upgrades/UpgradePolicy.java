package io.estante.upgrades;

/**
 * How the amount due for an upgrade is worked out ({@code estante.upgrades.policy}).
 */
public enum UpgradePolicy {

	/**
	 * The new plan's price for the chosen cycle less what was paid for the current
	 * period; the period is kept (the manual's rule, the default).
	 */
	DIFFERENCE,

	/**
	 * The same difference scaled by the days left in the period; a change of cycle
	 * charges the new cycle's price less the unused value and starts a new period.
	 */
	PRORATED

}
