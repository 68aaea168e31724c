package io.estante.transfers;

/**
 * A transfer request's life: it waits for both confirmations (and for staff when their
 * approval is required), then is completed, rejected (a condition no longer held, staff
 * said no, or the origin withdrew it) or expired. The last three are final.
 */
public enum TransferStatus {

	AWAITING_CONFIRMATION, COMPLETED, REJECTED, EXPIRED;

	public boolean isOpen() {
		return this == AWAITING_CONFIRMATION;
	}

}
