package io.estante.services.internal;

/**
 * A provisioning task was written with a service's change; after the commit the
 * dispatcher hands it to the module.
 */
public record ProvisioningRequested(long taskId) {
}
