/**
 * Transfers: a service moves to another client when both clients send the identical
 * request text (by WhatsApp, matched by phone, or in the client area), both accounts are
 * verified, the service is Active and has no unpaid invoice. The conditions are checked
 * when the request starts and again, with the service row locked, in the transaction that
 * changes the owner. Staff may be required to approve, and may reject; open requests
 * expire (lazily and by a daily step). Publishes
 * {@link io.estante.transfers.ServiceTransferred}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transfers",
		allowedDependencies = { "shared", "audit", "clients", "services", "billing", "notifications", "automation" })
package io.estante.transfers;
