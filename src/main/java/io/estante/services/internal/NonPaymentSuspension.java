package io.estante.services.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.estante.automation.AutomationProperties;
import io.estante.automation.DailyRun;
import io.estante.automation.DailyStep;
import io.estante.automation.StepBatch;
import io.estante.billing.Invoicing;
import io.estante.billing.OverdueInvoice;
import io.estante.services.ServiceStatus;
import io.estante.services.SuspensionReason;

/**
 * Daily step: suspends, for non-payment, the Active services of every unpaid invoice
 * overdue by {@code suspend-days-overdue} days. Walks the overdue invoices by (due date,
 * id) along billing's index; a service already suspended (or not Active) is left as it
 * is, so a rerun changes nothing. Paying the invoice reactivates it
 * ({@link InvoiceSettlement}).
 */
@Component
class NonPaymentSuspension implements DailyStep {

	private final Invoicing invoicing;

	private final Services services;

	private final ServiceChanges changes;

	private final AutomationProperties settings;

	NonPaymentSuspension(Invoicing invoicing, Services services, ServiceChanges changes,
			AutomationProperties settings) {
		this.invoicing = invoicing;
		this.services = services;
		this.changes = changes;
		this.settings = settings;
	}

	@Override
	public String name() {
		return "service-suspensions";
	}

	@Override
	public int order() {
		return SUSPENSIONS;
	}

	@Override
	public StepBatch runBatch(DailyRun run, String cursor) {
		LocalDate cutoff = run.asOf().minusDays(settings.suspendDaysOverdue());
		List<OverdueInvoice> overdue = invoicing.overdueUnpaid(cutoff, after(cursor), run.batchSize());
		if (overdue.isEmpty()) {
			return StepBatch.last(0);
		}
		Set<Long> ids = new LinkedHashSet<>();
		overdue.forEach(i -> ids.addAll(i.serviceIds()));
		String reason = SuspensionReason.NON_PAYMENT.code();
		List<ServiceChanges.Applied> applied = new ArrayList<>();
		for (Service s : services.lockAll(ids, ServiceStatus.ACTIVE)) {
			applied.add(new ServiceChanges.Applied(s, s.suspended(SuspensionReason.NON_PAYMENT, null, run.asOf()),
					Change.SUSPENDED, reason));
		}
		changes.applyAll(applied, Actor.AUTOMATION);
		OverdueInvoice last = overdue.get(overdue.size() - 1);
		String next = last.dueDate() + ":" + last.invoiceId();
		return overdue.size() < run.batchSize() ? StepBatch.last(applied.size()) : StepBatch.more(applied.size(), next);
	}

	private static OverdueInvoice after(String cursor) {
		if (cursor == null) {
			return null;
		}
		int colon = cursor.indexOf(':');
		return new OverdueInvoice(Long.parseLong(cursor.substring(colon + 1)), 0,
				LocalDate.parse(cursor.substring(0, colon)), List.of());
	}

}
