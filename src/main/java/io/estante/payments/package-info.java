/**
 * Payments: clients pay an invoice online (Mercado Pago Checkout Pro, Stripe Checkout)
 * and the gateway's signed notification settles it through billing's idempotent
 * {@link io.estante.billing.Invoicing#recordPayment} path (method = gateway name,
 * transaction id = the gateway's payment id). Every notification is stored raw with its
 * verification result; a payment whose amount or currency does not match, or that lands
 * on an invoice already paid or cancelled (billing turns it into client credit), is
 * flagged for staff. Gateways plug in through the {@code gateway} named interface.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments",
		allowedDependencies = { "shared", "audit", "billing" })
package io.estante.payments;
