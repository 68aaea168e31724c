package io.estante.services.internal;

import org.springframework.stereotype.Component;

import io.estante.services.provisioning.ProvisioningModule;
import io.estante.services.provisioning.ProvisioningOutcome;
import io.estante.services.provisioning.ProvisioningRequest;

/**
 * The {@code manual} module: a person does each action on the real system. Every request
 * stays a to-do in the admin area (Provisioning) until staff tick it.
 */
@Component
class ManualProvisioning implements ProvisioningModule {

	@Override
	public String name() {
		return Provisioning.MANUAL;
	}

	@Override
	public ProvisioningOutcome create(ProvisioningRequest request) {
		return ProvisioningOutcome.awaitingStaff(request.reason());
	}

	@Override
	public ProvisioningOutcome suspend(ProvisioningRequest request) {
		return ProvisioningOutcome.awaitingStaff(request.reason());
	}

	@Override
	public ProvisioningOutcome unsuspend(ProvisioningRequest request) {
		return ProvisioningOutcome.awaitingStaff(request.reason());
	}

	@Override
	public ProvisioningOutcome terminate(ProvisioningRequest request) {
		return ProvisioningOutcome.awaitingStaff(request.reason());
	}

	@Override
	public ProvisioningOutcome changePackage(ProvisioningRequest request) {
		return ProvisioningOutcome.awaitingStaff(request.reason());
	}

}
