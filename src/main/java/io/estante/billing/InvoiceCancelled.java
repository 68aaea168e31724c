package io.estante.billing;

import java.util.List;
import java.util.Map;

import io.estante.shared.notices.ClientNotice;

/**
 * An unpaid invoice was cancelled (on request, by staff, or after staying unpaid too
 * long). Whatever had been paid on it became client credit.
 */
public record InvoiceCancelled(long invoiceId, long clientId, String number, String reason,
		List<InvoiceLine> lines) implements ClientNotice {

	public InvoiceCancelled {
		lines = List.copyOf(lines);
	}

	@Override
	public String moment() {
		return "invoice-cancelled";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("invoiceId", invoiceId, "link", "/client/invoices/" + invoiceId, "number", number, "reason",
				reason == null ? "" : reason);
	}

}
