package io.estante.billing;

/** What an invoice line charges for; paying the invoice acts on the line by its kind. */
public enum LineKind {

	/** A new service's first period (an order). */
	ORDER,
	/** The next period of an existing service (a renewal). */
	RENEWAL,
	/** The amount due for an upgrade; {@code reference} is "upgrade:<id>". */
	UPGRADE,
	/** A quote's line; {@code reference} is "quote:<id>". */
	QUOTE,
	/** Client credit applied to the invoice (negative amount). */
	CREDIT,
	/** Tax on the other lines. */
	TAX,
	/** Anything staff add by hand. */
	OTHER

}
