package io.estante.services.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.estante.automation.AutomationProperties;
import io.estante.billing.InvoiceCancelled;
import io.estante.billing.InvoiceLine;
import io.estante.billing.InvoicePaid;
import io.estante.billing.Invoicing;
import io.estante.billing.InvoicesCancelled;
import io.estante.billing.LineKind;
import io.estante.services.ServiceStatus;

/**
 * What a paid invoice does to services, by line: an ORDER line activates its Pending
 * service (the period starts on the payment date), a RENEWAL line moves the service to
 * the period it paid for; then a service suspended for non-payment is reactivated when no
 * other invoice of it is overdue enough to suspend it. Each step checks the state it
 * changes (Pending, the due date still at the line's period start, Suspended), so a
 * redelivered event changes nothing. Upgrade and quote lines belong to their modules. A
 * cancelled order invoice cancels its Pending service.
 */
@Component
class InvoiceSettlement {

	private final Services services;

	private final ServiceChanges changes;

	private final Invoicing invoicing;

	private final AutomationProperties settings;

	private final Clock clock;

	InvoiceSettlement(Services services, ServiceChanges changes, Invoicing invoicing, AutomationProperties settings,
			Clock clock) {
		this.services = services;
		this.changes = changes;
		this.invoicing = invoicing;
		this.settings = settings;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(InvoicePaid paid) {
		LocalDate paidOn = LocalDate.ofInstant(paid.paidAt(), clock.getZone());
		String why = "invoice " + paid.number() + " paid";
		Set<Long> touched = new LinkedHashSet<>();
		for (InvoiceLine line : paid.lines()) {
			if (line.serviceId() == null) {
				continue;
			}
			touched.add(line.serviceId());
			if (line.kind() == LineKind.ORDER) {
				activate(line, paid.invoiceId(), paidOn, why);
			}
			else if (line.kind() == LineKind.RENEWAL) {
				renew(line, why);
			}
		}
		touched.forEach(id -> reactivate(id, why));
	}

	@ApplicationModuleListener
	void on(InvoiceCancelled cancelled) {
		cancelPendingOrder(cancelled);
	}

	/** A daily-run batch of cancellations, in one transaction. */
	@ApplicationModuleListener
	void on(InvoicesCancelled batch) {
		batch.invoices().forEach(this::cancelPendingOrder);
	}

	private void cancelPendingOrder(InvoiceCancelled cancelled) {
		for (InvoiceLine line : cancelled.lines()) {
			if (line.kind() != LineKind.ORDER || line.serviceId() == null) {
				continue;
			}
			Service s = services.lock(line.serviceId()).orElse(null);
			if (s != null && s.status() == ServiceStatus.PENDING
					&& Long.valueOf(cancelled.invoiceId()).equals(s.orderInvoiceId())) {
				changes.apply(s, s.ended(ServiceStatus.CANCELLED, today()), Change.CANCELLED, Actor.SYSTEM,
						"unpaid: " + cancelled.number());
			}
		}
	}

	private void activate(InvoiceLine line, long invoiceId, LocalDate paidOn, String why) {
		Service s = services.lock(line.serviceId()).orElse(null);
		if (s == null || s.status() != ServiceStatus.PENDING) {
			if (s != null && s.status().isEnded()) {
				changes.note(s.id(), Change.PAYMENT_NOT_APPLIED, s.status(), Actor.SYSTEM, why + ": service ended");
			}
			return; // active already: this payment was applied before
		}
		changes.apply(s, s.activated(paidOn, line.amount()), Change.ACTIVATED, Actor.SYSTEM, why);
	}

	private void renew(InvoiceLine line, String why) {
		Service s = services.lock(line.serviceId()).orElse(null);
		if (s == null || line.periodStart() == null || line.periodEnd() == null) {
			return;
		}
		if (s.status().isEnded()) {
			changes.note(s.id(), Change.PAYMENT_NOT_APPLIED, s.status(), Actor.SYSTEM, why + ": service ended");
			return;
		}
		if (!line.periodStart().equals(s.nextDueDate())) {
			return; // this period was renewed before (a redelivered event)
		}
		changes.apply(s, s.renewed(line.periodStart(), line.periodEnd(), line.amount()), Change.RENEWED, Actor.SYSTEM,
				why + ": " + line.periodStart() + " → " + line.periodEnd());
	}

	private void reactivate(long serviceId, String why) {
		Service s = services.lock(serviceId).orElse(null);
		if (s == null || !s.suspendedForNonPayment()) {
			return;
		}
		LocalDate suspendsIfDueBy = today().minusDays(settings.suspendDaysOverdue());
		boolean stillOverdue = invoicing.unpaidForService(serviceId)
			.stream()
			.anyMatch(i -> !i.dueDate().isAfter(suspendsIfDueBy));
		if (!stillOverdue) {
			changes.apply(s, s.reactivated(), Change.REACTIVATED, Actor.SYSTEM, why);
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
