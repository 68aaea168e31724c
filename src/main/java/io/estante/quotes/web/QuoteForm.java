package io.estante.quotes.web;

import java.util.ArrayList;
import java.util.List;

import io.estante.quotes.internal.Quote;
import io.estante.quotes.internal.QuoteContent;

/** The admin form of a quote: client (e-mail or id), currency, valid-until, six lines. */
public class QuoteForm {

	static final int LINES = 6;

	private String client = "";

	private String currency = "ARS";

	private String validUntil = "";

	private List<Line> lines = new ArrayList<>();

	public QuoteForm() {
		while (lines.size() < LINES) {
			lines.add(new Line());
		}
	}

	static QuoteForm of(Quote quote) {
		QuoteForm form = new QuoteForm();
		form.client = String.valueOf(quote.clientId());
		form.currency = quote.currency();
		form.validUntil = quote.validUntil().toString();
		for (int i = 0; i < quote.lines().size() && i < LINES; i++) {
			form.lines.get(i).description = quote.lines().get(i).description();
			form.lines.get(i).amount = quote.lines().get(i).amount().plain();
		}
		return form;
	}

	QuoteContent content() {
		return new QuoteContent(currency, validUntil,
				lines.stream().map(l -> new QuoteContent.LineText(l.description, l.amount)).toList());
	}

	/** One line; a line left empty is skipped. */
	public static class Line {

		private String description = "";

		private String amount = "";

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getAmount() {
			return amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

	}

	public String getClient() {
		return client;
	}

	public void setClient(String client) {
		this.client = client;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public String getValidUntil() {
		return validUntil;
	}

	public void setValidUntil(String validUntil) {
		this.validUntil = validUntil;
	}

	public List<Line> getLines() {
		return lines;
	}

	public void setLines(List<Line> lines) {
		this.lines = lines;
	}

}
