package io.estante.services.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.estante.services.provisioning.ProvisioningAction;

/**
 * Asks a service's provisioning module to act: the request is written in the change's
 * transaction and handed over after the commit ({@link ProvisioningDispatcher}), so a
 * change never happens without its request and a rolled-back change never reaches the
 * real system.
 */
@Component
public class Provisioning {

	public static final String MANUAL = "manual";

	private final ProvisioningTasks tasks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Provisioning(ProvisioningTasks tasks, ApplicationEventPublisher events, Clock clock) {
		this.tasks = tasks;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Requests {@code action} for the service from the module its product names
	 * ({@code modules} maps product id to module name; missing = manual).
	 */
	public long request(Service service, ProvisioningAction action, String reason, Map<Long, String> modules) {
		String module = modules.getOrDefault(service.productId(), MANUAL);
		long taskId = tasks.insert(service.id(), module == null || module.isBlank() ? MANUAL : module, action, reason,
				Instant.now(clock));
		events.publishEvent(new ProvisioningRequested(taskId));
		return taskId;
	}

}
