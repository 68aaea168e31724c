package io.estante.quotes.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import io.estante.shared.Money;

/**
 * What staff write in a quote, as typed (form or JSON), and the rules that turn it into
 * lines: one to twenty lines with a description and a positive amount (two decimals at
 * most, a comma taken as the decimal mark), a known currency, a valid-until date not in
 * the past.
 */
public record QuoteContent(String currency, String validUntil, List<LineText> lines) {

	public record LineText(String description, String amount) {

		boolean blank() {
			return (description == null || description.isBlank()) && (amount == null || amount.isBlank());
		}

	}

	record Checked(String currency, LocalDate validUntil, List<Quote.Line> lines, Money total) {
	}

	Checked check(LocalDate today) {
		String code = currency == null || currency.isBlank() ? "ARS" : currency.strip().toUpperCase(Locale.ROOT);
		try {
			Currency.getInstance(code);
		}
		catch (IllegalArgumentException ex) {
			throw QuoteRefusal.invalid("currency", "quotes.currency.invalid", code);
		}
		LocalDate until = date(validUntil);
		if (until.isBefore(today)) {
			throw QuoteRefusal.invalid("validUntil", "quotes.valid-until.past", until);
		}
		List<Quote.Line> checked = new ArrayList<>();
		Money total = Money.of(BigDecimal.ZERO, code);
		for (LineText line : lines == null ? List.<LineText>of() : lines) {
			if (line == null || line.blank()) {
				continue;
			}
			if (line.description() == null || line.description().isBlank()
					|| line.description().strip().length() > 500) {
				throw QuoteRefusal.invalid("lines", "quotes.line.description", checked.size() + 1);
			}
			Money amount = amount(line.amount(), code, checked.size() + 1);
			checked.add(new Quote.Line(line.description().strip(), amount));
			total = total.plus(amount);
		}
		if (checked.isEmpty() || checked.size() > 20) {
			throw QuoteRefusal.invalid("lines", "quotes.lines.count");
		}
		return new Checked(code, until, List.copyOf(checked), total);
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeParseException ex) {
			throw QuoteRefusal.invalid("validUntil", "quotes.valid-until.required");
		}
	}

	static Money amount(String text, String currency, int position) {
		try {
			BigDecimal value = new BigDecimal(text == null ? "" : text.strip().replace(',', '.'));
			if (value.signum() <= 0 || value.scale() > 2 || value.precision() - value.scale() > 12) {
				throw QuoteRefusal.invalid("lines", "quotes.line.amount", position, text);
			}
			return Money.of(value, currency);
		}
		catch (NumberFormatException ex) {
			throw QuoteRefusal.invalid("lines", "quotes.line.amount", position, text == null ? "" : text);
		}
	}

}
