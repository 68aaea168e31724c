package io.estante.quotes;

import java.time.LocalDate;
import java.util.Map;

import io.estante.shared.Money;
import io.estante.shared.notices.ClientNotice;

/**
 * A quote was sent to its client (again, after an edit: {@code edition} keeps each
 * sending a notice of its own).
 */
public record QuoteAvailable(long quoteId, long clientId, String number, Money total, LocalDate validUntil,
		int edition) implements ClientNotice {

	@Override
	public String moment() {
		return "quote-available";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("quoteId", quoteId, "number", number, "total", total, "validUntil", validUntil, "link",
				"/client/quotes/" + quoteId, "edition", edition);
	}

}
