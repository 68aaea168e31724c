package io.estante.services.provisioning;

/** What a provisioning module is asked to do with a service. */
public enum ProvisioningAction {

	/** The service was activated: create the account. */
	CREATE,
	/** Suspended: stop it, keep the data. */
	SUSPEND,
	/** Reactivated: make it work again. */
	UNSUSPEND,
	/** Terminated or cancelled: delete it. */
	TERMINATE,
	/** A new plan (upgrade): change the package or limits. */
	CHANGE_PACKAGE

}
