package io.estante.billing;

import java.util.List;

/**
 * Ways to pay an invoice that another module offers (the payments module: one per enabled
 * gateway, plus bank-transfer instructions). Billing's client invoice page lists them
 * without knowing who offers them.
 */
public interface PaymentOptions {

	List<PaymentOption> forInvoice(InvoiceSummary invoice);

	/**
	 * {@code action}: the path the page posts to (an online gateway), or null for an
	 * offline method whose {@code instructions} are shown instead.
	 */
	record PaymentOption(String name, String label, String action, String instructions) {
	}

}
