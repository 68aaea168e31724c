package io.estante.billing;

/** Unpaid → Paid or Cancelled; both ends are final. */
public enum InvoiceStatus {

	UNPAID, PAID, CANCELLED;

	public boolean canMoveTo(InvoiceStatus next) {
		return this == UNPAID && next != UNPAID;
	}

}
