package io.estante.notifications.internal;

/**
 * An alert's life: Queued → Sending (claimed by one node) → Sent → Delivered → Read, or
 * Failed; Skipped when it was never to be sent (switched off, opted out, no phone). A
 * status reported late never moves an alert back.
 */
public enum AlertStatus {

	QUEUED(0), SENDING(1), SENT(2), DELIVERED(3), READ(4), FAILED(5), SKIPPED(5);

	private final int rank;

	AlertStatus(int rank) {
		this.rank = rank;
	}

	/**
	 * Whether a delivery status from the provider may move an alert from here to there.
	 */
	public boolean mayBecome(AlertStatus reported) {
		if (this == FAILED || this == SKIPPED || this == QUEUED) {
			return false;
		}
		if (reported == FAILED) {
			return this == SENDING || this == SENT || this == DELIVERED;
		}
		return reported.rank > rank && reported.rank <= READ.rank;
	}

	public boolean isFinal() {
		return this == FAILED || this == SKIPPED || this == READ;
	}

}
