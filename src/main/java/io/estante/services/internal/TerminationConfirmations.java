package io.estante.services.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import io.estante.services.ServiceStatus;
import io.estante.services.provisioning.ProvisioningAction;

/**
 * A cancelled service ends Terminated once its provisioning module confirms the deletion
 * (a module answering DONE, or staff ticking the manual module's to-do), in the same
 * transaction as the confirmation. Other services and other actions are left alone.
 */
@Component
class TerminationConfirmations {

	private final Services services;

	private final ServiceChanges changes;

	private final Clock clock;

	TerminationConfirmations(Services services, ServiceChanges changes, Clock clock) {
		this.services = services;
		this.changes = changes;
		this.clock = clock;
	}

	void confirmed(ProvisioningTasks.Task task, Actor actor) {
		if (task.action() != ProvisioningAction.TERMINATE) {
			return;
		}
		Service s = services.lock(task.serviceId()).orElse(null);
		if (s == null || s.status() != ServiceStatus.CANCELLED) {
			return;
		}
		changes.apply(s, s.ended(ServiceStatus.TERMINATED, LocalDate.now(clock)), Change.TERMINATED, actor,
				"deletion confirmed (" + task.module() + ")");
	}

}
