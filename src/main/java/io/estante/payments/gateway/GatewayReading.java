package io.estante.payments.gateway;

import io.estante.shared.Money;

/** What a gateway made of a notification. */
public sealed interface GatewayReading {

	/** The signature did not verify (or no secret is configured): answered 401. */
	record Rejected(String reason) implements GatewayReading {
	}

	/** Signed, but not something that can be read: answered 400. */
	record Malformed(String reason) implements GatewayReading {
	}

	/** Signed and readable, but no settled payment (another event, a pending payment). */
	record Ignored(String reason) implements GatewayReading {
	}

	/**
	 * A payment the gateway confirms as settled. {@code invoiceReference}: the invoice id
	 * the checkout carried; {@code transactionId}: the gateway's payment id;
	 * {@code checkoutReference}: the preference or session, when known.
	 */
	record Confirmed(String invoiceReference, Money amount, String transactionId,
			String checkoutReference) implements GatewayReading {
	}

}
