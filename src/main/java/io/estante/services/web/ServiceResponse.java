package io.estante.services.web;

import java.time.Instant;
import java.time.LocalDate;

import io.estante.services.internal.Service;
import io.estante.services.internal.ServiceSearch;

/**
 * A service in the API: amounts as two-decimal strings plus {@code currency};
 * {@code dueInvoiceId} is the invoice to pay for it now, if any.
 */
record ServiceResponse(long id, long clientId, long productId, String productName, String label, String status,
		String billingCycle, LocalDate periodStart, LocalDate nextDueDate, String amountPaid, String currency,
		boolean autoRenew, String suspensionReason, String suspensionNote, LocalDate suspendedOn, LocalDate endedOn,
		Long orderInvoiceId, Long dueInvoiceId, Instant createdAt) {

	static ServiceResponse of(ServiceSearch.Item item) {
		Service s = item.service();
		return new ServiceResponse(s.id(), s.clientId(), s.productId(), item.productName(), s.label(),
				s.status().name(), s.cycle().name(), s.periodStart(), s.nextDueDate(), s.amountPaid().plain(),
				s.currency(), s.autoRenew(), s.suspensionReason() == null ? null : s.suspensionReason().name(),
				s.suspensionNote(), s.suspendedOn(), s.endedOn(), s.orderInvoiceId(), item.dueInvoiceId(),
				s.createdAt());
	}

}
