package io.estante.billing;

import java.util.List;

import io.estante.shared.notices.ClientNoticeBatch;

/**
 * Several invoices issued in one call ({@link Invoicing#issueAll}, the daily run's
 * renewal batches): one event for the batch, each invoice's {@link InvoiceCreated} inside
 * it.
 */
public record InvoicesCreated(List<InvoiceCreated> invoices) implements ClientNoticeBatch {

	public InvoicesCreated {
		invoices = List.copyOf(invoices);
	}

	@Override
	public List<InvoiceCreated> notices() {
		return invoices;
	}

}
