package io.estante.transfers;

/**
 * The manual's conditions for a transfer. Each unmet one has a client-facing message
 * ({@code transfers.condition.<code>}) and, where the client can do something about it, a
 * page to go to.
 */
public enum TransferCondition {

	ORIGIN_NOT_VERIFIED("/client/transfers/verification"), DESTINATION_UNKNOWN(null), DESTINATION_IS_ORIGIN(null),
	DESTINATION_NOT_VERIFIED("/client/transfers/verification"), SERVICE_NOT_ACTIVE(null),
	UNPAID_INVOICES("/client/invoices?status=UNPAID"), ANOTHER_TRANSFER_OPEN(null), ORIGIN_NO_LONGER_OWNER(null);

	private final String link;

	TransferCondition(String link) {
		this.link = link;
	}

	/** Where the client can fix it, or null. */
	public String link() {
		return link;
	}

	public String messageKey() {
		return "transfers.condition." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
