package io.estante.billing;

import java.time.LocalDate;
import java.util.List;

/**
 * An unpaid invoice past its due date, with the services its lines are for: what the
 * daily run suspends. Also the keyset cursor of
 * {@link Invoicing#overdueUnpaid(LocalDate, OverdueInvoice, int)}.
 */
public record OverdueInvoice(long invoiceId, long clientId, LocalDate dueDate, List<Long> serviceIds) {

	public OverdueInvoice {
		serviceIds = List.copyOf(serviceIds);
	}

}
