/**
 * Quotes (presupuestos): staff write a quote for a client (lines, amounts, valid-until
 * date), edit it until it is accepted and send it (the client is alerted); the client
 * accepts it, which issues its invoice through billing, or declines it. An expired quote
 * cannot be accepted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quotes",
		allowedDependencies = { "shared", "audit", "clients", "billing" })
package io.estante.quotes;
