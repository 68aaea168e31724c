package io.estante.services.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import io.estante.automation.AutomationProperties;
import io.estante.automation.DailyRun;
import io.estante.automation.DailyStep;
import io.estante.automation.StepBatch;
import io.estante.billing.Invoicing;

/**
 * Daily step: cancels the invoices still unpaid {@code cancel-invoice-days-overdue} days
 * after their due date, a batch per call, set-based in billing. A cancelled invoice no
 * longer matches, so the next batch (and a rerun) takes only what is left. A cancelled
 * order invoice cancels its Pending service ({@link InvoiceSettlement}).
 */
@Component
class OverdueInvoiceCancellation implements DailyStep {

	/** The reason code clients read as "expired unpaid". */
	static final String REASON = "expired";

	private final Invoicing invoicing;

	private final AutomationProperties settings;

	OverdueInvoiceCancellation(Invoicing invoicing, AutomationProperties settings) {
		this.invoicing = invoicing;
		this.settings = settings;
	}

	@Override
	public String name() {
		return "invoice-cancellations";
	}

	@Override
	public int order() {
		return INVOICE_CANCELLATIONS;
	}

	@Override
	public StepBatch runBatch(DailyRun run, String cursor) {
		List<Long> cancelled = invoicing.cancelOverdue(run.asOf().minusDays(settings.cancelInvoiceDaysOverdue()),
				REASON, run.batchSize());
		return cancelled.size() < run.batchSize() ? StepBatch.last(cancelled.size())
				: StepBatch.more(cancelled.size(), "next");
	}

}
