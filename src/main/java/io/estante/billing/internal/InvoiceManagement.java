package io.estante.billing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.billing.InvoiceCancelled;
import io.estante.billing.InvoiceCreated;
import io.estante.billing.InvoicesCancelled;
import io.estante.billing.InvoicesCreated;
import io.estante.billing.InvoiceDraft;
import io.estante.billing.InvoiceLine;
import io.estante.billing.InvoicePaid;
import io.estante.billing.InvoiceStatus;
import io.estante.billing.InvoiceSummary;
import io.estante.billing.Invoicing;
import io.estante.billing.IssuedInvoice;
import io.estante.billing.OverdueInvoice;
import io.estante.billing.PaymentOutcome;
import io.estante.billing.PaymentRequest;
import io.estante.clients.ClientDirectory;
import io.estante.shared.Money;
import io.estante.shared.NotFound;

/**
 * Issues and cancels invoices and reads them for other modules. Every change runs in one
 * transaction with the events it publishes; payments and credit are
 * {@link PaymentManagement}'s.
 */
@Service
@Transactional
public class InvoiceManagement implements Invoicing {

	private final Invoices invoices;

	private final InvoiceNumbers numbers;

	private final Credits credits;

	private final PaymentManagement payments;

	private final ClientDirectory clients;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	InvoiceManagement(Invoices invoices, InvoiceNumbers numbers, Credits credits, PaymentManagement payments,
			ClientDirectory clients, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.invoices = invoices;
		this.numbers = numbers;
		this.credits = credits;
		this.payments = payments;
		this.clients = clients;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public IssuedInvoice issue(InvoiceDraft draft) {
		DraftRules.Checked checked = DraftRules.check(draft);
		if (!clients.exists(draft.clientId())) {
			throw BillingRefusal.unprocessable("clientId", "billing.draft.client-missing", draft.clientId());
		}
		IssuedInvoice issued = issueChecked(List.of(checked)).get(0);
		audit.record("billing.invoice.issued", "invoice:" + issued.invoiceId(),
				issued.number() + " " + issued.total() + " client:" + draft.clientId());
		return issued;
	}

	@Override
	public List<IssuedInvoice> issueAll(List<InvoiceDraft> drafts) {
		if (drafts.isEmpty()) {
			return List.of();
		}
		List<IssuedInvoice> issued = issueChecked(drafts.stream().map(DraftRules::check).toList());
		audit.record("billing.invoices.issued", "invoices", issued.size() + " invoices, " + issued.get(0).number()
				+ " to " + issued.get(issued.size() - 1).number());
		return issued;
	}

	private List<IssuedInvoice> issueChecked(List<DraftRules.Checked> checked) {
		long first = numbers.allocate(checked.size());
		List<Invoices.Numbered> numbered = new ArrayList<>(checked.size());
		for (int i = 0; i < checked.size(); i++) {
			numbered.add(new Invoices.Numbered(checked.get(i), first + i));
		}
		LocalDate today = LocalDate.now(clock);
		Instant now = Instant.now(clock);
		Map<Long, Long> ids = invoices.insertAll(numbered, today, now);
		List<IssuedInvoice> issued = new ArrayList<>(numbered.size());
		List<InvoiceCreated> created = new ArrayList<>(numbered.size());
		for (Invoices.Numbered n : numbered) {
			DraftRules.Checked c = n.checked();
			long id = ids.get(n.seq());
			String number = InvoiceNumbers.format(n.seq());
			created.add(new InvoiceCreated(id, c.draft().clientId(), number, c.total(), c.draft().dueDate()));
			if (c.total().isZero()) {
				events
					.publishEvent(new InvoicePaid(id, c.draft().clientId(), number, c.total(), now, c.draft().lines()));
			}
			issued.add(new IssuedInvoice(id, number, c.total(), c.draft().dueDate()));
		}
		// One publication for a batch: the registry writes a row per event and listener.
		events.publishEvent(created.size() == 1 ? created.get(0) : new InvoicesCreated(created));
		return issued;
	}

	@Override
	public void cancel(long invoiceId, String reason) {
		Invoice invoice = invoices.lock(invoiceId).orElseThrow(() -> new NotFound("invoice", invoiceId));
		if (invoice.status() == InvoiceStatus.CANCELLED) {
			return;
		}
		if (invoice.status() == InvoiceStatus.PAID) {
			throw BillingRefusal.conflict("billing.invoice.paid-not-cancellable", invoice.number());
		}
		Instant now = Instant.now(clock);
		invoices.cancel(invoiceId, reason, now);
		events.publishEvent(closeCancelled(invoice, reason, now));
		audit.record("billing.invoice.cancelled", "invoice:" + invoiceId, reason);
	}

	@Override
	public List<Long> cancelOverdue(LocalDate dueOnOrBefore, String reason, int limit) {
		List<Long> ids = invoices.lockOverdue(dueOnOrBefore, limit);
		if (ids.isEmpty()) {
			return ids;
		}
		Instant now = Instant.now(clock);
		List<Invoice> cancelled = invoices.byIds(ids);
		invoices.cancelAll(ids, reason, now);
		List<InvoiceCancelled> notices = cancelled.stream()
			.map(invoice -> closeCancelled(invoice, reason, now))
			.toList();
		events.publishEvent(notices.size() == 1 ? notices.get(0) : new InvoicesCancelled(notices));
		audit.record("billing.invoices.cancelled-overdue", "invoices",
				ids.size() + " invoices due on or before " + dueOnOrBefore + ": " + reason);
		return ids;
	}

	@Override
	public Money creditPaid(long invoiceId, String note) {
		Invoice invoice = invoices.lock(invoiceId).orElseThrow(() -> new NotFound("invoice", invoiceId));
		if (invoice.status() != InvoiceStatus.PAID) {
			throw BillingRefusal.conflict("billing.invoice.not-paid", invoice.number());
		}
		if (!invoice.amountPaid().isPositive() || credits.exists(invoiceId, Credits.Reason.UNDELIVERED)) {
			return Money.zero(invoice.total().currency());
		}
		credits.move(invoice.clientId(), invoice.amountPaid(), Credits.Reason.UNDELIVERED, invoiceId, null,
				note == null ? invoice.number() : invoice.number() + ": " + note, Instant.now(clock));
		audit.record("billing.invoice.credited", "invoice:" + invoiceId, invoice.amountPaid() + " " + note);
		return invoice.amountPaid();
	}

	/**
	 * Credits what was paid on a cancelled invoice; returns the event that tells the
	 * other modules.
	 */
	private InvoiceCancelled closeCancelled(Invoice invoice, String reason, Instant now) {
		if (invoice.amountPaid().isPositive()) {
			credits.move(invoice.clientId(), invoice.amountPaid(), Credits.Reason.CANCELLED_INVOICE, invoice.id(), null,
					invoice.number(), now);
		}
		return new InvoiceCancelled(invoice.id(), invoice.clientId(), invoice.number(), reason, invoice.lines());
	}

	@Override
	public PaymentOutcome recordPayment(PaymentRequest payment) {
		return payments.record(payment);
	}

	@Override
	@Transactional(readOnly = true)
	public List<InvoiceSummary> unpaidForService(long serviceId) {
		return invoices.unpaidForService(serviceId).stream().map(Invoice::summary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<InvoiceSummary>> unpaidForServices(Collection<Long> serviceIds) {
		Map<Long, List<InvoiceSummary>> byService = new LinkedHashMap<>();
		List<Long> distinct = serviceIds.stream().distinct().toList();
		for (int from = 0; from < distinct.size(); from += 1000) {
			List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + 1000));
			for (Invoice invoice : invoices.unpaidForServices(chunk)) {
				invoice.lines()
					.stream()
					.map(InvoiceLine::serviceId)
					.filter(id -> id != null && chunk.contains(id))
					.distinct()
					.forEach(id -> byService.computeIfAbsent(id, k -> new ArrayList<>()).add(invoice.summary()));
			}
		}
		return byService;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<InvoiceSummary> find(long invoiceId) {
		return invoices.byId(invoiceId).map(Invoice::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<OverdueInvoice> overdueUnpaid(LocalDate dueOnOrBefore, OverdueInvoice after, int limit) {
		List<Invoice> page = invoices.overdue(dueOnOrBefore, after == null ? null : after.dueDate(),
				after == null ? 0 : after.invoiceId(), Math.max(1, Math.min(limit, 10_000)));
		Map<Long, List<Long>> services = invoices.serviceIds(page.stream().map(Invoice::id).toList());
		return page.stream()
			.map(i -> new OverdueInvoice(i.id(), i.clientId(), i.dueDate(), services.getOrDefault(i.id(), List.of())))
			.toList();
	}

}
