package io.estante.payments.internal;

/**
 * Why staff should look at a notification (message keys {@code payments.flag.<name>}).
 */
public enum FlagReason {

	/** The invoice reference names no invoice. */
	UNKNOWN_INVOICE,
	/** Paid in another currency than the invoice's. */
	CURRENCY_MISMATCH,
	/** Paid an amount no checkout for this invoice asked for. */
	AMOUNT_MISMATCH,
	/** The invoice was already paid or cancelled: the payment became client credit. */
	CREDITED,
	/** Billing refused to record it (the detail has its message key). */
	REFUSED

}
