package io.estante.billing;

import java.time.LocalDate;
import java.util.Map;

import io.estante.shared.Money;
import io.estante.shared.notices.ClientNotice;

/** An invoice was issued (the "invoice created" alert, with a link to it). */
public record InvoiceCreated(long invoiceId, long clientId, String number, Money total,
		LocalDate dueDate) implements ClientNotice {

	@Override
	public String moment() {
		return "invoice-created";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("invoiceId", invoiceId, "link", "/client/invoices/" + invoiceId, "number", number, "total", total,
				"dueDate", dueDate);
	}

}
