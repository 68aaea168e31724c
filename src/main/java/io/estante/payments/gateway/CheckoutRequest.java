package io.estante.payments.gateway;

import io.estante.shared.Money;

/**
 * What to charge and where the gateway sends the client back ({@code successUrl},
 * {@code pendingUrl}, {@code failureUrl}) and its notifications
 * ({@code notificationUrl}).
 */
public record CheckoutRequest(long invoiceId, String description, Money amount, String successUrl, String pendingUrl,
		String failureUrl, String notificationUrl) {
}
