package io.estante.services.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.shared.NotFound;

/**
 * The provisioning to-dos staff see and tick: the manual module's requests, and any
 * module's failures.
 */
@Component
public class StaffProvisioning {

	private final ProvisioningTasks tasks;

	private final AuditTrail audit;

	private final Clock clock;

	private final TerminationConfirmations confirmations;

	StaffProvisioning(ProvisioningTasks tasks, AuditTrail audit, Clock clock, TerminationConfirmations confirmations) {
		this.confirmations = confirmations;
		this.tasks = tasks;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ProvisioningTasks.ToDo> open() {
		return tasks.open(200);
	}

	@Transactional(readOnly = true)
	public long countOpen() {
		return tasks.countOpen();
	}

	/**
	 * Marks a to-do done; ticking one that is done already changes nothing, one still
	 * REQUESTED (not yet handed to its module) is refused.
	 */
	@Transactional
	public ProvisioningTasks.Task tick(long taskId, String by) {
		ProvisioningTasks.Task task = tasks.lock(taskId).orElseThrow(() -> new NotFound("task", taskId));
		if (task.status() == ProvisioningTasks.Status.REQUESTED) {
			throw new ServiceRefusal(HttpStatus.CONFLICT, "task", "services.task.not-ready", taskId);
		}
		if (tasks.tick(taskId, by, Instant.now(clock))) {
			audit.record("provisioning.done", "service:" + task.serviceId(),
					task.action() + " (" + task.module() + ") task " + taskId);
			confirmations.confirmed(task, Actor.current());
		}
		return tasks.byId(taskId).orElseThrow();
	}

}
