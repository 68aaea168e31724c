/**
 * Billing: invoices with gap-free numbers, their lines, payments (staff and gateways,
 * idempotent on the transaction id) and client credit. Other modules issue and cancel
 * invoices through {@link io.estante.billing.Invoicing} and react to
 * {@link io.estante.billing.InvoicePaid}, {@link io.estante.billing.InvoiceCreated} and
 * {@link io.estante.billing.InvoiceCancelled} (a batch of the daily run: one
 * {@link io.estante.billing.InvoicesCreated} or
 * {@link io.estante.billing.InvoicesCancelled}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing",
		allowedDependencies = { "shared", "audit", "clients" })
package io.estante.billing;
