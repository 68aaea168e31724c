package io.estante.services.provisioning;

/**
 * A provisioning module: carries out a service's changes on the system that runs it. A
 * Spring bean; products name it by {@link #name()}. Calls come after the change is
 * committed, one at a time per request, and are retried while they fail, so each method
 * must be idempotent on {@link ProvisioningRequest#taskId()}.
 */
public interface ProvisioningModule {

	/** The name products use ("manual", "cpanel", "azuracast"). */
	String name();

	ProvisioningOutcome create(ProvisioningRequest request);

	ProvisioningOutcome suspend(ProvisioningRequest request);

	ProvisioningOutcome unsuspend(ProvisioningRequest request);

	ProvisioningOutcome terminate(ProvisioningRequest request);

	ProvisioningOutcome changePackage(ProvisioningRequest request);

	/** Dispatches by action. */
	default ProvisioningOutcome perform(ProvisioningRequest request) {
		return switch (request.action()) {
			case CREATE -> create(request);
			case SUSPEND -> suspend(request);
			case UNSUSPEND -> unsuspend(request);
			case TERMINATE -> terminate(request);
			case CHANGE_PACKAGE -> changePackage(request);
		};
	}

}
