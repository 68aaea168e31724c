package io.estante.billing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.estante.shared.Money;
import io.estante.shared.notices.ClientNotice;

/**
 * An invoice was paid in full. Carries its lines so each module acts on its own: services
 * activate or renew, upgrades apply, quotes close.
 */
public record InvoicePaid(long invoiceId, long clientId, String number, Money total, Instant paidAt,
		List<InvoiceLine> lines) implements ClientNotice {

	public InvoicePaid {
		lines = List.copyOf(lines);
	}

	@Override
	public String moment() {
		return "invoice-paid";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("invoiceId", invoiceId, "link", "/client/invoices/" + invoiceId, "number", number, "total", total,
				"paidAt", paidAt);
	}

}
