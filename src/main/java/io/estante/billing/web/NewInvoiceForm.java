package io.estante.billing.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The admin form that issues an invoice by hand: a client, a due date, up to five lines.
 */
public class NewInvoiceForm {

	public static final int LINES = 5;

	private String client = "";

	private String currency = "ARS";

	private String dueDate = "";

	private List<Line> lines = new ArrayList<>();

	public NewInvoiceForm() {
		for (int i = 0; i < LINES; i++) {
			lines.add(new Line());
		}
	}

	/** One line of the form; a line left empty is skipped. */
	public static class Line {

		private String kind = "OTHER";

		private String description = "";

		private String amount = "";

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

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

		boolean blank() {
			return (description == null || description.isBlank()) && (amount == null || amount.isBlank());
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

	public String getDueDate() {
		return dueDate;
	}

	public void setDueDate(String dueDate) {
		this.dueDate = dueDate;
	}

	public List<Line> getLines() {
		return lines;
	}

	public void setLines(List<Line> lines) {
		this.lines = lines;
	}

}
