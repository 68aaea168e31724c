package io.estante.services.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.estante.automation.AutomationProperties;
import io.estante.automation.DailyRun;
import io.estante.automation.DailyStep;
import io.estante.automation.StepBatch;
import io.estante.billing.InvoiceDraft;
import io.estante.billing.InvoiceLine;
import io.estante.billing.Invoicing;
import io.estante.billing.IssuedInvoice;
import io.estante.billing.LineKind;
import io.estante.catalog.Catalog;
import io.estante.catalog.ProductView;
import io.estante.shared.Money;

/**
 * Daily step: the renewal invoice of every live, auto-renewing service whose next period
 * starts within {@code invoice-days-before-due} days, due on the day the period starts,
 * at the product's current price for the service's cycle. Each batch claims its periods
 * ({@link Renewals}) and issues their invoices in one call, in the batch's transaction: a
 * period is invoiced once however often the day is run. A product without a price for the
 * cycle is a problem for staff, not a guess.
 */
@Component
class RenewalInvoicing implements DailyStep {

	private final Renewals renewals;

	private final Catalog catalog;

	private final Invoicing invoicing;

	private final AutomationProperties settings;

	private final Clock clock;

	RenewalInvoicing(Renewals renewals, Catalog catalog, Invoicing invoicing, AutomationProperties settings,
			Clock clock) {
		this.renewals = renewals;
		this.catalog = catalog;
		this.invoicing = invoicing;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "renewal-invoices";
	}

	@Override
	public int order() {
		return RENEWALS;
	}

	@Override
	public long remaining(DailyRun run) {
		return renewals.countDue(horizon(run));
	}

	@Override
	public StepBatch runBatch(DailyRun run, String cursor) {
		// The cursor is "due date:id" of the last candidate of the previous batch.
		int colon = cursor == null ? -1 : cursor.indexOf(':');
		LocalDate afterDue = colon < 0 ? null : LocalDate.parse(cursor.substring(0, colon));
		long afterId = colon < 0 ? 0 : Long.parseLong(cursor.substring(colon + 1));
		List<Renewals.Candidate> candidates = renewals.candidates(horizon(run), afterDue, afterId, run.batchSize());
		if (candidates.isEmpty()) {
			return StepBatch.last(0);
		}
		Map<Long, ProductView> products = catalog
			.products(candidates.stream().map(Renewals.Candidate::productId).distinct().toList());
		List<Renewals.Candidate> priced = new ArrayList<>(candidates.size());
		List<String> problems = new ArrayList<>();
		for (Renewals.Candidate c : candidates) {
			ProductView product = products.get(c.productId());
			Money price = product == null ? null : product.price(c.cycle()).orElse(null);
			if (price == null || !price.currencyCode().equals(c.currency())) {
				problems.add("service " + c.serviceId() + ": product " + c.productId() + " has no " + c.cycle()
						+ " price in " + c.currency() + "; not invoiced");
			}
			else {
				priced.add(c);
			}
		}
		List<Renewals.Candidate> claimed = renewals.claim(priced, run.runId(), Instant.now(clock));
		if (!claimed.isEmpty()) {
			List<InvoiceDraft> drafts = claimed.stream().map(c -> draft(c, products.get(c.productId()))).toList();
			List<IssuedInvoice> issued = invoicing.issueAll(drafts);
			renewals.attachInvoices(claimed, issued.stream().map(IssuedInvoice::invoiceId).toList());
		}
		Renewals.Candidate last = candidates.get(candidates.size() - 1);
		String next = last.periodStart() + ":" + last.serviceId();
		return candidates.size() < run.batchSize() ? StepBatch.last(claimed.size(), problems)
				: StepBatch.more(claimed.size(), next, problems);
	}

	private static InvoiceDraft draft(Renewals.Candidate c, ProductView product) {
		Money price = product.price(c.cycle()).orElseThrow();
		LocalDate start = c.periodStart();
		LocalDate end = c.periodEnd();
		InvoiceLine line = new InvoiceLine(LineKind.RENEWAL, Renewals.describe(product.name(), c.label(), start, end),
				price, c.serviceId(), start, end, "service:" + c.serviceId());
		return new InvoiceDraft(c.clientId(), c.currency(), start, List.of(line));
	}

	private LocalDate horizon(DailyRun run) {
		return run.asOf().plusDays(settings.invoiceDaysBeforeDue());
	}

}
