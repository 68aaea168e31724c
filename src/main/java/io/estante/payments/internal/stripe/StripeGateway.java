package io.estante.payments.internal.stripe;

import java.time.Clock;

import org.springframework.stereotype.Component;

import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;

import io.estante.payments.gateway.Checkout;
import io.estante.payments.gateway.CheckoutRequest;
import io.estante.payments.gateway.GatewayFailure;
import io.estante.payments.gateway.GatewayReading;
import io.estante.payments.gateway.InboundNotification;
import io.estante.payments.gateway.PaymentGateway;
import io.estante.payments.internal.PaymentsProperties;

/**
 * Stripe through {@code stripe-java}: a Checkout Session per payment attempt
 * ({@code client_reference_id} = the invoice id, one line with the amount), and webhooks
 * verified by the library ({@code Stripe-Signature}, timestamp within the tolerance,
 * measured on the application's clock). {@code checkout.session.completed} and
 * {@code checkout.session.async_payment_succeeded} with {@code payment_status = paid}
 * settle the invoice; the payment intent is the transaction id.
 */
@Component
class StripeGateway implements PaymentGateway {

	static final String NAME = "stripe";

	private final PaymentsProperties.Stripe settings;

	private final StripeClient client;

	private final Clock clock;

	StripeGateway(PaymentsProperties properties, Clock clock) {
		this.settings = properties.stripe();
		this.clock = clock;
		this.client = settings.enabled()
				? StripeClient.builder().setApiKey(settings.secretKey()).setApiBase(settings.apiBaseUrl()).build()
				: null;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String label() {
		return "Stripe";
	}

	@Override
	public boolean enabled() {
		return client != null;
	}

	@Override
	public Checkout start(CheckoutRequest request) {
		if (client == null) {
			throw new GatewayFailure("Stripe is not configured");
		}
		try {
			Session session = client.v1().checkout().sessions().create(StripeSessions.params(request));
			return new Checkout(session.getId(), session.getUrl());
		}
		catch (StripeException ex) {
			throw new GatewayFailure("Stripe refused the checkout session: HTTP " + ex.getStatusCode());
		}
	}

	@Override
	public GatewayReading read(InboundNotification notification) {
		String secret = settings.webhookSecret();
		if (!PaymentsProperties.present(secret)) {
			return new GatewayReading.Rejected("webhook secret not configured");
		}
		String header = notification.header("stripe-signature");
		if (header == null) {
			return new GatewayReading.Rejected("Stripe-Signature missing");
		}
		Event event;
		try {
			event = Webhook.constructEvent(notification.body(), header, secret, settings.webhookTolerance().toSeconds(),
					clock);
		}
		catch (SignatureVerificationException ex) {
			return new GatewayReading.Rejected("Stripe-Signature does not verify: " + ex.getMessage());
		}
		catch (RuntimeException ex) {
			return new GatewayReading.Malformed("not a Stripe event");
		}
		return StripeSessions.reading(event);
	}

}
