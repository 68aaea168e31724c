package io.estante.billing;

import java.time.LocalDate;

import io.estante.shared.Money;

/**
 * One line of an invoice. {@code serviceId} ties it to a service (order, renewal,
 * upgrade); {@code periodStart}/{@code periodEnd} name the period a recurring line pays
 * for; {@code reference} ties it to another record ("upgrade:17", "quote:4").
 */
public record InvoiceLine(LineKind kind, String description, Money amount, Long serviceId, LocalDate periodStart,
		LocalDate periodEnd, String reference) {

	public static InvoiceLine of(LineKind kind, String description, Money amount) {
		return new InvoiceLine(kind, description, amount, null, null, null, null);
	}

}
