package io.estante.cancellations.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import io.estante.billing.InvoiceLine;
import io.estante.billing.InvoiceSummary;
import io.estante.billing.Invoicing;
import io.estante.billing.LineKind;
import io.estante.services.ServiceStatus;
import io.estante.services.ServiceView;

/**
 * Cancels the unpaid invoices a cancelled service will never need: renewals of periods
 * from its next due date on (and the order of a service that never started). Invoices of
 * the current period stay payable; an invoice that also charges another service is left
 * alone (cancelling it would drop the other charge).
 */
@Component
class RenewalInvoices {

	private final Invoicing invoicing;

	RenewalInvoices(Invoicing invoicing) {
		this.invoicing = invoicing;
	}

	/** The ids of the invoices cancelled. */
	List<Long> cancelFor(ServiceView service, String reason) {
		return invoicing.unpaidForService(service.id())
			.stream()
			.filter(invoice -> notNeeded(invoice, service))
			.map(invoice -> {
				invoicing.cancel(invoice.invoiceId(), reason);
				return invoice.invoiceId();
			})
			.toList();
	}

	/**
	 * Whether an unpaid renewal invoice of the period starting at the next due date is
	 * left.
	 */
	boolean unpaidRenewalOfNextPeriod(ServiceView service) {
		return invoicing.unpaidForService(service.id())
			.stream()
			.flatMap(invoice -> invoice.lines().stream())
			.anyMatch(line -> line.kind() == LineKind.RENEWAL && line.serviceId() != null
					&& line.serviceId() == service.id() && service.nextDueDate().equals(line.periodStart()));
	}

	static boolean notNeeded(InvoiceSummary invoice, ServiceView service) {
		boolean onlyThisService = invoice.lines()
			.stream()
			.allMatch(line -> line.serviceId() == null || line.serviceId() == service.id());
		return onlyThisService && invoice.lines().stream().anyMatch(line -> forLaterPeriod(line, service));
	}

	private static boolean forLaterPeriod(InvoiceLine line, ServiceView service) {
		if (line.serviceId() == null || line.serviceId() != service.id()) {
			return false;
		}
		if (line.kind() == LineKind.ORDER) {
			return service.status() == ServiceStatus.PENDING;
		}
		return line.kind() == LineKind.RENEWAL && line.periodStart() != null && service.nextDueDate() != null
				&& !line.periodStart().isBefore(service.nextDueDate());
	}

}
