package io.estante.billing;

import java.time.LocalDate;

import io.estante.shared.Money;

/** An invoice just issued: its id, gap-free number and total. */
public record IssuedInvoice(long invoiceId, String number, Money total, LocalDate dueDate) {
}
