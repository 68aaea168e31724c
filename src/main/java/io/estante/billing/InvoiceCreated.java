package io.estante.billing;

import java.time.LocalDate;

import io.estante.shared.Money;

/** An invoice was issued (the "invoice created" alert, with a link to it). */
public record InvoiceCreated(long invoiceId, long clientId, String number, Money total, LocalDate dueDate) {
}
