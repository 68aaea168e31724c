package io.estante.billing;

import java.time.LocalDate;
import java.util.List;

/**
 * What another module asks billing to invoice: for whom, when it is due, and the lines.
 */
public record InvoiceDraft(long clientId, String currency, LocalDate dueDate, List<InvoiceLine> lines) {

	public InvoiceDraft {
		lines = List.copyOf(lines);
	}

}
