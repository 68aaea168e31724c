/**
 * The seam every payment gateway implements: start a checkout for an invoice (where to
 * send the client) and read a notification (verify it, confirm it with the gateway, say
 * which invoice and how much). What the reading means for billing is decided once,
 * outside the gateways.
 */
@org.springframework.modulith.NamedInterface("gateway")
package io.estante.payments.gateway;
