package io.estante.upgrades;

import java.util.List;

import io.estante.shared.BillingCycle;

/**
 * The upgrades module's API. Every call names the client asking: a service of another
 * client answers {@code NotFound}, never a hint that it exists. Only Active services are
 * upgraded; downgrades and targets without a declared path are refused with
 * {@link DowngradeNotAllowed}.
 */
public interface UpgradeManagement {

	/** The possible upgrades of the service (empty categories: none is automatic). */
	UpgradeOptions options(long clientId, long serviceId);

	/**
	 * One target with its cycles, or the reason the service cannot move to it
	 * ({@link DowngradeNotAllowed}, {@link UpgradeNotPossible}).
	 */
	UpgradeOptions.Target target(long clientId, long serviceId, long productId);

	/**
	 * Records the upgrade and issues its invoice in one transaction; publishes
	 * {@link UpgradeRequested}. An unpaid upgrade of the same service is replaced: its
	 * invoice is cancelled. Two requests at the same moment: one wins, the other is
	 * refused with {@link UpgradeInProgress}; never two open invoices.
	 */
	RequestedUpgrade request(long clientId, long serviceId, long productId, BillingCycle cycle);

	/**
	 * Sends staff a request to upgrade the service by hand (when no automatic upgrade is
	 * possible); one open request per service. Returns its id.
	 */
	long askStaff(long clientId, long serviceId, String message);

	/** The service's upgrades, newest first. */
	List<UpgradeView> ofService(long clientId, long serviceId);

}
