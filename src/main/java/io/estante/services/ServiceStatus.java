package io.estante.services;

import java.util.EnumSet;
import java.util.Set;

/**
 * A service's life. The legal moves live here and only here: Pending → Active |
 * Cancelled; Active → Suspended | Cancelled | Terminated; Suspended → Active | Cancelled
 * | Terminated; Cancelled → Terminated; Terminated is final.
 */
public enum ServiceStatus {

	PENDING, ACTIVE, SUSPENDED, CANCELLED, TERMINATED;

	public Set<ServiceStatus> next() {
		return switch (this) {
			case PENDING -> EnumSet.of(ACTIVE, CANCELLED);
			case ACTIVE -> EnumSet.of(SUSPENDED, CANCELLED, TERMINATED);
			case SUSPENDED -> EnumSet.of(ACTIVE, CANCELLED, TERMINATED);
			case CANCELLED -> EnumSet.of(TERMINATED);
			case TERMINATED -> EnumSet.noneOf(ServiceStatus.class);
		};
	}

	public boolean canMoveTo(ServiceStatus target) {
		return next().contains(target);
	}

	/**
	 * The target, when this service may move there; otherwise
	 * {@link IllegalServiceTransition}.
	 */
	public ServiceStatus moveTo(long serviceId, ServiceStatus target) {
		if (!canMoveTo(target)) {
			throw new IllegalServiceTransition(serviceId, this, target);
		}
		return target;
	}

	/** Still working or able to work again: renewals are invoiced for these. */
	public boolean isLive() {
		return this == ACTIVE || this == SUSPENDED;
	}

	/** Cancelled or Terminated: nothing more happens to it but termination. */
	public boolean isEnded() {
		return this == CANCELLED || this == TERMINATED;
	}

}
