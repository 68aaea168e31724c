package io.estante.payments.gateway;

/**
 * A checkout created at the gateway: its id there (preference or session id) and the page
 * the client is sent to.
 */
public record Checkout(String reference, String redirectUrl) {
}
