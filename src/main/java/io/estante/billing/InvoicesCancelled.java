package io.estante.billing;

import java.util.List;

import io.estante.shared.notices.ClientNoticeBatch;

/**
 * Several invoices cancelled in one call ({@link Invoicing#cancelOverdue}, the daily
 * run's batches): one event for the batch, each invoice's {@link InvoiceCancelled} inside
 * it, so a batch costs each listener one publication and one transaction instead of one
 * per invoice.
 */
public record InvoicesCancelled(List<InvoiceCancelled> invoices) implements ClientNoticeBatch {

	public InvoicesCancelled {
		invoices = List.copyOf(invoices);
	}

	@Override
	public List<InvoiceCancelled> notices() {
		return invoices;
	}

}
