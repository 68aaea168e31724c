package io.estante.services;

import java.time.LocalDate;

import io.estante.shared.BillingCycle;
import io.estante.shared.Money;

/**
 * The changes other modules may ask of a service. Each is one transaction through the
 * state machine, records who/when/why (the signed-in user, or "system"), publishes its
 * event and tells the provisioning module. Illegal moves are refused with
 * {@link IllegalServiceTransition} (422); an unknown id with {@code NotFound}.
 */
public interface ServiceLifecycle {

	/**
	 * Pending → Active without a payment (staff's decision); the period starts today.
	 */
	void activate(long serviceId, String reason);

	/** Suspended by staff's decision; {@code reason} is free text. */
	void suspend(long serviceId, String reason);

	/**
	 * Suspended for a reason of the list; {@code note} (optional) is added to it.
	 */
	void suspend(long serviceId, SuspensionReason reason, String note);

	void reactivate(long serviceId, String reason);

	/**
	 * Cancelled: stops working and never renews; provisioning is told to delete it. A
	 * domain that is no longer Pending is refused (it can only be left not to renew).
	 */
	void cancel(long serviceId, String reason);

	void terminate(long serviceId, String reason);

	/**
	 * An applied upgrade: new product and cycle; a new period when {@code newPeriodStart}
	 * is set.
	 */
	void changePlan(long serviceId, long productId, BillingCycle cycle, Money amountPaid, LocalDate newPeriodStart,
			String reason);

	/**
	 * Hands the service to another client (transfers); past invoices stay with the old
	 * owner.
	 */
	void changeOwner(long serviceId, long newClientId, String reason);

	void setAutoRenew(long serviceId, boolean enabled);

	/**
	 * The service, its row locked until the caller's transaction ends (which must be
	 * open): for checks that must still hold when a change is made in the same
	 * transaction (a transfer re-checks its conditions, then changes the owner).
	 */
	ServiceView lockForChange(long serviceId);

}
