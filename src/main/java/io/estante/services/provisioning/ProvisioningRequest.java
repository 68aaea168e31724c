package io.estante.services.provisioning;

/**
 * One action for a module: which service (its label is the domain or name), whose, on
 * which product, and why. {@code taskId} identifies the request: a module that is called
 * twice with the same id (a retry) must not act twice.
 */
public record ProvisioningRequest(long taskId, ProvisioningAction action, long serviceId, long clientId, long productId,
		String productName, String label, String reason) {
}
