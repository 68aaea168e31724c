package io.estante.payments.gateway;

/**
 * A payment gateway. Implementations are Spring beans; credentials come from settings and
 * are never logged. {@link #start} and {@link #read} may call the gateway's API and throw
 * {@link GatewayFailure} when it cannot be reached or refuses.
 */
public interface PaymentGateway {

	/**
	 * Lower-case name, used in URLs ({@code /webhooks/<name>}) and as the payment method.
	 */
	String name();

	/** The brand as clients know it ("Mercado Pago"). */
	String label();

	/** Configured with credentials: its Pay button is shown and checkouts can start. */
	boolean enabled();

	/**
	 * Creates the gateway's checkout for the invoice; answers where to send the client.
	 */
	Checkout start(CheckoutRequest request);

	/**
	 * Verifies a notification (signature first) and, when it reports a payment, confirms
	 * it with the gateway. Nothing here touches billing.
	 */
	GatewayReading read(InboundNotification notification);

}
