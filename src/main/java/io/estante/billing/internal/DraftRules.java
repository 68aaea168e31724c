package io.estante.billing.internal;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

import io.estante.billing.InvoiceDraft;
import io.estante.billing.InvoiceLine;
import io.estante.shared.Money;

/**
 * What an invoice draft must hold before it gets a number: a client, a due date, one to
 * {@value #MAX_LINES} lines in the draft's currency with a description, and a total of
 * zero or more. Each line's amount is already a {@link Money} (rounded once, to the minor
 * unit); the total is their exact sum, never rounded again.
 */
public final class DraftRules {

	static final int MAX_LINES = 200;

	static final int MAX_DESCRIPTION = 500;

	private DraftRules() {
	}

	/** A draft that passed the rules, with its currency and total. */
	public record Checked(InvoiceDraft draft, String currency, Money total) {
	}

	public static Checked check(InvoiceDraft draft) {
		if (draft.clientId() <= 0) {
			throw BillingRefusal.invalid("clientId", "billing.draft.client-required");
		}
		if (draft.dueDate() == null) {
			throw BillingRefusal.invalid("dueDate", "billing.draft.due-date-required");
		}
		String currency = currency(draft.currency());
		List<InvoiceLine> lines = draft.lines();
		if (lines.isEmpty() || lines.size() > MAX_LINES) {
			throw BillingRefusal.invalid("lines", "billing.draft.lines-count", MAX_LINES);
		}
		Money total = Money.zero(Currency.getInstance(currency));
		for (InvoiceLine line : lines) {
			if (line.kind() == null || line.amount() == null) {
				throw BillingRefusal.invalid("lines", "billing.draft.line-incomplete");
			}
			if (line.description() == null || line.description().isBlank()
					|| line.description().length() > MAX_DESCRIPTION) {
				throw BillingRefusal.invalid("lines", "billing.draft.line-description", MAX_DESCRIPTION);
			}
			if (!line.amount().currencyCode().equals(currency)) {
				throw BillingRefusal.invalid("lines", "billing.draft.line-currency", line.amount().currencyCode(),
						currency);
			}
			total = total.plus(line.amount());
		}
		if (total.isNegative()) {
			throw BillingRefusal.invalid("lines", "billing.draft.negative-total", total.plain());
		}
		return new Checked(draft, currency, total);
	}

	static String currency(String code) {
		String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		try {
			if (upper.length() == 3) {
				return Currency.getInstance(upper).getCurrencyCode();
			}
		}
		catch (IllegalArgumentException ex) {
			// refused below
		}
		throw BillingRefusal.invalid("currency", "billing.currency.invalid", code);
	}

}
