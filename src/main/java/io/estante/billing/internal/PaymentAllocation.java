package io.estante.billing.internal;

import io.estante.billing.InvoiceStatus;
import io.estante.shared.Money;

/**
 * How a payment splits between the invoice and the client's credit: an unpaid invoice
 * takes up to its balance, the rest (or all of it, for an invoice already paid or
 * cancelled) becomes credit. {@code settles}: the invoice is paid in full by it.
 */
public record PaymentAllocation(Money applied, Money credited, boolean settles) {

	public static PaymentAllocation of(InvoiceStatus status, Money balance, Money amount) {
		if (!amount.isPositive()) {
			throw new IllegalArgumentException("A payment is positive: " + amount);
		}
		Money zero = Money.zero(amount.currency());
		if (status != InvoiceStatus.UNPAID) {
			return new PaymentAllocation(zero, amount, false);
		}
		Money applied = amount.compareTo(balance) <= 0 ? amount : balance;
		return new PaymentAllocation(applied, amount.minus(applied), applied.compareTo(balance) == 0);
	}

}
