/**
 * Cancellations: a client (asked for its password again) or staff (with a recorded
 * reason) cancels a service at once or at the end of its billing period. Unpaid renewal
 * invoices are cancelled on the request, nothing is refunded, and a pending end-of-period
 * request can be withdrawn until the daily run makes it effective. Domains are refused:
 * they are paid in advance to the registry and can only be left not to renew.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cancellations",
		allowedDependencies = { "shared", "audit", "clients", "catalog", "services", "billing", "automation" })
package io.estante.cancellations;
