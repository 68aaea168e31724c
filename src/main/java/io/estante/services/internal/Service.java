package io.estante.services.internal;

import java.time.Instant;
import java.time.LocalDate;

import io.estante.services.ServiceStatus;
import io.estante.services.ServiceView;
import io.estante.services.SuspensionReason;
import io.estante.shared.BillingCycle;
import io.estante.shared.Money;

/**
 * A service row. Changes of status go through {@link ServiceStatus#moveTo}; this record
 * only carries the state.
 */
public record Service(long id, long clientId, long productId, String label, BillingCycle cycle, ServiceStatus status,
		Money amountPaid, LocalDate periodStart, LocalDate nextDueDate, boolean autoRenew, Long orderInvoiceId,
		SuspensionReason suspensionReason, String suspensionNote, LocalDate suspendedOn, LocalDate endedOn,
		Instant createdAt, Instant updatedAt) {

	public String currency() {
		return amountPaid.currencyCode();
	}

	public ServiceView view() {
		return new ServiceView(id, clientId, productId, label, cycle, status, periodStart, nextDueDate, amountPaid,
				autoRenew);
	}

	/**
	 * Suspended for non-payment: paying reactivates it, the daily run may terminate it.
	 */
	public boolean suspendedForNonPayment() {
		return status == ServiceStatus.SUSPENDED && suspensionReason == SuspensionReason.NON_PAYMENT;
	}

	public Service activated(LocalDate start, Money paid) {
		return new Service(id, clientId, productId, label, cycle, ServiceStatus.ACTIVE, paid, start,
				cycle.periodEnd(start), autoRenew, orderInvoiceId, null, null, null, null, createdAt, updatedAt);
	}

	public Service suspended(SuspensionReason reason, String note, LocalDate on) {
		return new Service(id, clientId, productId, label, cycle, ServiceStatus.SUSPENDED, amountPaid, periodStart,
				nextDueDate, autoRenew, orderInvoiceId, reason, note, on, null, createdAt, updatedAt);
	}

	public Service reactivated() {
		return new Service(id, clientId, productId, label, cycle, ServiceStatus.ACTIVE, amountPaid, periodStart,
				nextDueDate, autoRenew, orderInvoiceId, null, null, null, null, createdAt, updatedAt);
	}

	/** Cancelled or Terminated on that day; an ended service never renews. */
	public Service ended(ServiceStatus end, LocalDate on) {
		return new Service(id, clientId, productId, label, cycle, end, amountPaid, periodStart, nextDueDate, false,
				orderInvoiceId, suspensionReason, suspensionNote, suspendedOn, endedOn == null ? on : endedOn,
				createdAt, updatedAt);
	}

	/** The next period was paid: it starts where the last ended. */
	public Service renewed(LocalDate start, LocalDate end, Money paid) {
		return new Service(id, clientId, productId, label, cycle, status, paid, start, end, autoRenew, orderInvoiceId,
				suspensionReason, suspensionNote, suspendedOn, endedOn, createdAt, updatedAt);
	}

	public Service withPlan(long newProductId, BillingCycle newCycle, Money paid, LocalDate newPeriodStart) {
		LocalDate start = newPeriodStart == null ? periodStart : newPeriodStart;
		LocalDate due = newPeriodStart == null ? nextDueDate : newCycle.periodEnd(newPeriodStart);
		return new Service(id, clientId, newProductId, label, newCycle, status, paid == null ? amountPaid : paid, start,
				due, autoRenew, orderInvoiceId, suspensionReason, suspensionNote, suspendedOn, endedOn, createdAt,
				updatedAt);
	}

	public Service withOwner(long newClientId) {
		return new Service(id, newClientId, productId, label, cycle, status, amountPaid, periodStart, nextDueDate,
				autoRenew, orderInvoiceId, suspensionReason, suspensionNote, suspendedOn, endedOn, createdAt,
				updatedAt);
	}

	public Service withAutoRenew(boolean enabled) {
		return new Service(id, clientId, productId, label, cycle, status, amountPaid, periodStart, nextDueDate, enabled,
				orderInvoiceId, suspensionReason, suspensionNote, suspendedOn, endedOn, createdAt, updatedAt);
	}

}
