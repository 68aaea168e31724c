package io.estante.services.provisioning;

/**
 * What a module did: {@link Status#DONE} (the real system changed),
 * {@link Status#AWAITING_STAFF} (a person must do it; {@code message} says what) or
 * {@link Status#FAILED} (it could not; {@code message} says why, and staff see a to-do).
 */
public record ProvisioningOutcome(Status status, String message) {

	public enum Status {

		DONE, AWAITING_STAFF, FAILED

	}

	public static ProvisioningOutcome done() {
		return new ProvisioningOutcome(Status.DONE, null);
	}

	public static ProvisioningOutcome awaitingStaff(String instructions) {
		return new ProvisioningOutcome(Status.AWAITING_STAFF, instructions);
	}

	public static ProvisioningOutcome failed(String message) {
		return new ProvisioningOutcome(Status.FAILED, message);
	}

}
