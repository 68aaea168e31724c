package io.estante.billing;

import java.util.List;
import java.util.Optional;

/**
 * Billing's API for other modules. Each call is one transaction; events are published
 * with it.
 */
public interface Invoicing {

	/**
	 * Issues an unpaid invoice with the next number; publishes {@link InvoiceCreated}.
	 */
	IssuedInvoice issue(InvoiceDraft draft);

	/**
	 * Cancels an unpaid invoice (no-op when already cancelled); publishes
	 * {@link InvoiceCancelled}.
	 */
	void cancel(long invoiceId, String reason);

	/**
	 * Records a payment, idempotent on (method, transactionId); may publish
	 * {@link InvoicePaid}.
	 */
	PaymentOutcome recordPayment(PaymentRequest payment);

	/** Unpaid invoices with a line for this service. */
	List<InvoiceSummary> unpaidForService(long serviceId);

	Optional<InvoiceSummary> find(long invoiceId);

}
