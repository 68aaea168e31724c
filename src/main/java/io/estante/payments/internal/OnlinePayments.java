package io.estante.payments.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

import io.estante.billing.InvoiceStatus;
import io.estante.billing.InvoiceSummary;
import io.estante.billing.Invoicing;
import io.estante.payments.gateway.Checkout;
import io.estante.payments.gateway.CheckoutRequest;
import io.estante.payments.gateway.GatewayFailure;
import io.estante.payments.gateway.PaymentGateway;
import io.estante.shared.NotFound;

/**
 * Starts paying an invoice at a gateway: the client's own unpaid invoice, for its
 * balance; the checkout is remembered (its amount is what a notification must match) and
 * the client is sent to the gateway's page. Nothing is paid here: only a verified
 * notification pays.
 */
@Service
public class OnlinePayments {

	private static final Logger log = LoggerFactory.getLogger(OnlinePayments.class);

	private final Gateways gateways;

	private final Invoicing invoicing;

	private final Checkouts checkouts;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	OnlinePayments(Gateways gateways, Invoicing invoicing, Checkouts checkouts, MessageSource messages, Clock clock,
			Environment environment) {
		this.gateways = gateways;
		this.invoicing = invoicing;
		this.checkouts = checkouts;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = PaymentsProperties.trimmed(environment.getProperty("estante.base-url", "http://localhost:8080"));
	}

	/** Where to send the client to pay. Someone else's invoice is a 404. */
	public Checkout start(long clientId, long invoiceId, String gatewayName, Locale locale) {
		PaymentGateway gateway = gateways.byName(gatewayName)
			.filter(PaymentGateway::enabled)
			.orElseThrow(() -> PaymentRefusal.gatewayOff(gatewayName));
		InvoiceSummary invoice = invoicing.find(invoiceId)
			.filter(i -> i.clientId() == clientId)
			.orElseThrow(() -> new NotFound("invoice", invoiceId));
		if (invoice.status() != InvoiceStatus.UNPAID || !invoice.balance().isPositive()) {
			throw PaymentRefusal.notPayable(invoice.number());
		}
		String back = baseUrl + "/client/invoices/" + invoiceId + "/payments/" + gateway.name() + "/return?result=";
		CheckoutRequest request = new CheckoutRequest(invoiceId,
				messages.getMessage("payments.checkout.description", new Object[] { invoice.number() }, locale),
				invoice.balance(), back + "success", back + "pending", back + "failure",
				baseUrl + "/webhooks/" + gateway.name());
		Checkout checkout;
		try {
			checkout = gateway.start(request);
		}
		catch (GatewayFailure ex) {
			log.warn("Checkout for invoice {} at {} failed: {}", invoiceId, gateway.name(), ex.getMessage());
			throw PaymentRefusal.gatewayDown(gateway.label());
		}
		checkouts.add(gateway.name(), invoiceId, clientId, checkout.reference(), invoice.balance(), Instant.now(clock));
		return checkout;
	}

}
