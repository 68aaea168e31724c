package io.estante.payments.internal.stripe;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.model.Event;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;

import io.estante.payments.gateway.CheckoutRequest;
import io.estante.payments.gateway.GatewayReading;
import io.estante.shared.Money;

/** Checkout Sessions in and out: the creation parameters and what an event says. */
final class StripeSessions {

	static final Set<String> SETTLING = Set.of("checkout.session.completed",
			"checkout.session.async_payment_succeeded");

	private StripeSessions() {
	}

	static SessionCreateParams params(CheckoutRequest request) {
		Money amount = request.amount();
		return SessionCreateParams.builder()
			.setMode(SessionCreateParams.Mode.PAYMENT)
			.setClientReferenceId(String.valueOf(request.invoiceId()))
			.putMetadata("invoice_id", String.valueOf(request.invoiceId()))
			.setSuccessUrl(request.successUrl())
			.setCancelUrl(request.failureUrl())
			.addLineItem(SessionCreateParams.LineItem.builder()
				.setQuantity(1L)
				.setPriceData(SessionCreateParams.LineItem.PriceData.builder()
					.setCurrency(amount.currencyCode().toLowerCase(Locale.ROOT))
					.setUnitAmount(minorUnits(amount))
					.setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
						.setName(request.description())
						.build())
					.build())
				.build())
			.build();
	}

	static GatewayReading reading(Event event) {
		if (!SETTLING.contains(event.getType())) {
			return new GatewayReading.Ignored("event " + event.getType());
		}
		StripeObject object;
		try {
			// An event of another API version than the library's still carries the
			// session.
			object = event.getDataObjectDeserializer().getObject().isPresent()
					? event.getDataObjectDeserializer().getObject().get()
					: event.getDataObjectDeserializer().deserializeUnsafe();
		}
		catch (EventDataObjectDeserializationException ex) {
			return new GatewayReading.Malformed("event " + event.getId() + " without a readable session");
		}
		if (!(object instanceof Session session)) {
			return new GatewayReading.Malformed("event " + event.getId() + " without a checkout session");
		}
		if (!"paid".equals(session.getPaymentStatus())) {
			return new GatewayReading.Ignored("session " + session.getId() + " is " + session.getPaymentStatus());
		}
		if (session.getAmountTotal() == null || session.getCurrency() == null) {
			return new GatewayReading.Malformed("session " + session.getId() + " without amount or currency");
		}
		Money amount;
		try {
			Currency currency = Currency.getInstance(session.getCurrency().toUpperCase(Locale.ROOT));
			amount = new Money(BigDecimal.valueOf(session.getAmountTotal()).movePointLeft(digits(currency)), currency);
		}
		catch (IllegalArgumentException ex) {
			return new GatewayReading.Malformed("session " + session.getId() + " currency " + session.getCurrency());
		}
		String transaction = session.getPaymentIntent() != null ? session.getPaymentIntent() : session.getId();
		return new GatewayReading.Confirmed(session.getClientReferenceId(), amount, transaction, session.getId());
	}

	/** Stripe wants amounts in the currency's smallest unit ("1500.50 ARS" → 150050). */
	static long minorUnits(Money amount) {
		return amount.amount().movePointRight(digits(amount.currency())).longValueExact();
	}

	private static int digits(Currency currency) {
		return Math.max(currency.getDefaultFractionDigits(), 0);
	}

}
