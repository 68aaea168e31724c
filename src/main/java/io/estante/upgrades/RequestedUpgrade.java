package io.estante.upgrades;

import java.time.LocalDate;

import io.estante.shared.Money;

/** An upgrade just requested: its id, the invoice to pay and the amount due. */
public record RequestedUpgrade(long upgradeId, long serviceId, long invoiceId, String invoiceNumber, Money amountDue,
		LocalDate invoiceDueDate) {
}
