package io.estante.services;

import java.time.LocalDate;

import io.estante.shared.BillingCycle;
import io.estante.shared.Money;

/**
 * The changes other modules may ask of a service. Each is one transaction through the
 * state machine, records who/when/why, publishes its event and tells the provisioning
 * module. Illegal moves are refused with {@code IllegalServiceTransition} (422).
 */
public interface ServiceLifecycle {

	void suspend(long serviceId, String reason);

	void reactivate(long serviceId, String reason);

	/** Cancelled: stops working and never renews; provisioning is told to delete it. */
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

}
