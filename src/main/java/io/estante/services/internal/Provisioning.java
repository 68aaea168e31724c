package io.estante.services.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
		long taskId = tasks.insert(service.id(), moduleOf(service, modules), action, reason, Instant.now(clock));
		events.publishEvent(new ProvisioningRequested(taskId));
		return taskId;
	}

	/** One service's request among many written together. */
	public record Request(Service service, ProvisioningAction action, String reason) {
	}

	/**
	 * Many requests in one JDBC batch and one event (a daily-run batch); a single one is
	 * {@link #request}.
	 */
	public void requestAll(List<Request> requests, Map<Long, String> modules) {
		if (requests.size() == 1) {
			Request r = requests.get(0);
			request(r.service(), r.action(), r.reason(), modules);
			return;
		}
		if (requests.isEmpty()) {
			return;
		}
		List<ProvisioningTasks.NewTask> rows = requests.stream()
			.map(r -> new ProvisioningTasks.NewTask(r.service().id(), moduleOf(r.service(), modules), r.action(),
					r.reason()))
			.toList();
		events.publishEvent(new ProvisioningBatchRequested(tasks.insertAll(rows, Instant.now(clock))));
	}

	private static String moduleOf(Service service, Map<Long, String> modules) {
		String module = modules.getOrDefault(service.productId(), MANUAL);
		return module == null || module.isBlank() ? MANUAL : module;
	}

}
