package io.estante.services.internal;

import io.estante.services.ServiceActivated;
import io.estante.services.ServiceCancelled;
import io.estante.services.ServiceReactivated;
import io.estante.services.ServiceRenewed;
import io.estante.services.ServiceStatus;
import io.estante.services.ServiceSuspended;
import io.estante.services.ServiceTerminated;
import io.estante.services.provisioning.ProvisioningAction;

/**
 * The kinds of change a service goes through, each with its history action, its event and
 * what provisioning is asked to do.
 */
public enum Change {

	ORDERED, RECORDED, ACTIVATED, SUSPENDED, REACTIVATED, CANCELLED, TERMINATED, RENEWED, PLAN_CHANGED, OWNER_CHANGED,
	AUTO_RENEW_ON, AUTO_RENEW_OFF, PAYMENT_NOT_APPLIED;

	/** The event this change publishes, or null. */
	Object event(Service before, Service after, String reason) {
		return switch (this) {
			case ACTIVATED -> new ServiceActivated(after.id(), after.clientId(), after.productId(), after.label());
			case SUSPENDED -> new ServiceSuspended(after.id(), after.clientId(), after.label(), reason);
			case REACTIVATED -> new ServiceReactivated(after.id(), after.clientId(), after.label());
			case CANCELLED -> new ServiceCancelled(after.id(), after.clientId(), after.label(), reason);
			case TERMINATED -> new ServiceTerminated(after.id(), after.clientId(), after.label(), reason);
			case RENEWED -> new ServiceRenewed(after.id(), after.clientId(), after.nextDueDate());
			default -> null;
		};
	}

	/**
	 * What the provisioning module must do, or null: nothing was created for a service
	 * that never left Pending, and a cancelled one was already deleted.
	 */
	ProvisioningAction provisioning(Service before) {
		ServiceStatus from = before == null ? null : before.status();
		return switch (this) {
			case ACTIVATED -> ProvisioningAction.CREATE;
			case SUSPENDED -> ProvisioningAction.SUSPEND;
			case REACTIVATED -> ProvisioningAction.UNSUSPEND;
			case CANCELLED, TERMINATED -> from != null && from.isLive() ? ProvisioningAction.TERMINATE : null;
			case PLAN_CHANGED -> from != null && from.isLive() ? ProvisioningAction.CHANGE_PACKAGE : null;
			default -> null;
		};
	}

}
