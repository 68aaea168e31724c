package io.estante.billing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.estante.shared.Money;

/**
 * Billing's API for other modules. Each call is one transaction, or joins the caller's
 * when there is one (so the daily run can mark a renewal done and issue its invoice
 * atomically); events are published with it (Modulith's persisted publications, so a
 * listener that fails is retried). Amounts are {@link io.estante.shared.Money}: each line
 * is rounded once, to the currency's minor unit, and the total is the exact sum of the
 * lines.
 */
public interface Invoicing {

	/**
	 * Issues an unpaid invoice with the next number; publishes {@link InvoiceCreated}. An
	 * invoice whose lines total zero is issued paid (and publishes {@link InvoicePaid}
	 * too). Refuses drafts with no lines, lines in another currency or a negative total
	 * ({@code InvalidInvoice}, 400) and unknown clients (422).
	 */
	IssuedInvoice issue(InvoiceDraft draft);

	/**
	 * Issues many invoices in one transaction: one counter update allocates the whole
	 * block of numbers (in the order of the list, gap-free), invoices and lines go in
	 * JDBC batches. For the daily run: tens of thousands of renewals at a time; callers
	 * pass clients they read from their own records (no per-client lookup is made). All
	 * or nothing: one bad draft refuses the batch before any number is taken. Publishes
	 * one {@link InvoicesCreated} carrying each invoice's {@link InvoiceCreated} (a
	 * single draft publishes the plain {@link InvoiceCreated}).
	 */
	List<IssuedInvoice> issueAll(List<InvoiceDraft> drafts);

	/**
	 * Cancels an unpaid invoice (no-op when already cancelled; a paid one is refused with
	 * 409); what had been paid on it becomes client credit. Publishes
	 * {@link InvoiceCancelled}.
	 */
	void cancel(long invoiceId, String reason);

	/**
	 * Turns what was paid on a paid invoice into client credit, when what it paid for can
	 * no longer be delivered (an upgrade paid after its service was suspended or
	 * cancelled). The invoice stays paid. Once per invoice: a second call credits nothing
	 * and answers zero. An invoice that is not paid is refused (409).
	 */
	Money creditPaid(long invoiceId, String note);

	/**
	 * Records a payment, idempotent on (method, transactionId): the same pair again
	 * changes nothing and answers the first outcome with {@code duplicate = true}, also
	 * when both arrive at once. A partial payment leaves the invoice unpaid with its
	 * balance; the part beyond the balance, or a payment for a paid or cancelled invoice,
	 * becomes client credit. Publishes {@link InvoicePaid} when the invoice becomes paid.
	 */
	PaymentOutcome recordPayment(PaymentRequest payment);

	/** Unpaid invoices with a line for this service. */
	List<InvoiceSummary> unpaidForService(long serviceId);

	/**
	 * Unpaid invoices per service, for a page of services in two queries (no lookup per
	 * service); services without one are absent from the map.
	 */
	Map<Long, List<InvoiceSummary>> unpaidForServices(Collection<Long> serviceIds);

	Optional<InvoiceSummary> find(long invoiceId);

	/**
	 * Unpaid invoices due on or before {@code dueOnOrBefore} (pass "as of" minus the days
	 * of grace), each with the service ids of its lines, ordered by (due date, id), at
	 * most {@code limit}, starting after {@code after} (null for the first batch; then
	 * the last element of the previous batch). Index-backed keyset pagination: each batch
	 * costs the same however deep the run is.
	 */
	List<OverdueInvoice> overdueUnpaid(LocalDate dueOnOrBefore, OverdueInvoice after, int limit);

	/**
	 * Cancels, set-based, up to {@code limit} unpaid invoices due on or before
	 * {@code dueOnOrBefore} in one transaction; returns their ids (empty when none is
	 * left: call again until then, each call its own batch). Paid amounts become credit;
	 * the batch publishes one {@link InvoicesCancelled} carrying each invoice's
	 * {@link InvoiceCancelled} (a lone invoice: the {@link InvoiceCancelled} itself). An
	 * invoice paid meanwhile is skipped.
	 */
	List<Long> cancelOverdue(LocalDate dueOnOrBefore, String reason, int limit);

}
