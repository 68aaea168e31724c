package io.estante.upgrades;

/** Where an upgrade stands. Only {@link #AWAITING_PAYMENT} can still change. */
public enum UpgradeStatus {

	/** Its invoice is unpaid; at most one per service. */
	AWAITING_PAYMENT,
	/** Paid and applied: the service is on the new plan. */
	APPLIED,
	/** Its invoice was cancelled: nothing changes. */
	VOID,
	/**
	 * The client asked for another upgrade before paying this one (invoice cancelled).
	 */
	REPLACED,
	/**
	 * Paid when the service could no longer take it (suspended, cancelled, changed): the
	 * payment became client credit and staff are told.
	 */
	CREDITED

}
