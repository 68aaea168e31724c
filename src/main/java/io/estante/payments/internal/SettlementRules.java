package io.estante.payments.internal;

import java.util.List;
import java.util.Optional;

import io.estante.billing.InvoiceStatus;
import io.estante.billing.InvoiceSummary;
import io.estante.billing.PaymentOutcome;
import io.estante.shared.Money;

/**
 * Whether a payment a gateway confirmed may be recorded, and what recording it did. Pure:
 * no database, no clock.
 */
final class SettlementRules {

	private SettlementRules() {
	}

	/**
	 * Why the payment must not be recorded, or empty when it may. {@code asked}: the
	 * amounts of the checkouts started for this invoice at this gateway (only the one
	 * checkout when the notification names it); none started = the invoice's balance (its
	 * total once closed) is what was owed.
	 */
	static Optional<FlagReason> refusal(InvoiceSummary invoice, Money paid, List<Money> asked) {
		if (invoice == null) {
			return Optional.of(FlagReason.UNKNOWN_INVOICE);
		}
		if (!paid.currency().equals(invoice.total().currency())) {
			return Optional.of(FlagReason.CURRENCY_MISMATCH);
		}
		List<Money> owed = asked.isEmpty()
				? List.of(invoice.status() == InvoiceStatus.UNPAID ? invoice.balance() : invoice.total()) : asked;
		boolean matches = owed.stream().anyMatch(m -> m.currency().equals(paid.currency()) && m.compareTo(paid) == 0);
		return matches ? Optional.empty() : Optional.of(FlagReason.AMOUNT_MISMATCH);
	}

	/**
	 * What billing did with it: a replay changed nothing; any part that became credit
	 * (the invoice was paid or cancelled meanwhile) is for staff to look at.
	 */
	static Outcome after(PaymentOutcome outcome) {
		if (outcome.duplicate()) {
			return Outcome.DUPLICATE;
		}
		return outcome.credited() != null && outcome.credited().isPositive() ? Outcome.CREDITED : Outcome.APPLIED;
	}

	/** The invoice id a checkout carried, or null when it is not one. */
	static Long invoiceId(String reference) {
		if (reference == null || !reference.strip().matches("[0-9]{1,18}")) {
			return null;
		}
		return Long.valueOf(reference.strip());
	}

}
