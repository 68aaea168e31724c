package io.estante.services.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import io.estante.catalog.Catalog;
import io.estante.catalog.ProductView;
import io.estante.services.provisioning.ProvisioningModule;
import io.estante.services.provisioning.ProvisioningOutcome;
import io.estante.services.provisioning.ProvisioningRequest;

/**
 * Hands each committed provisioning request to its module, once: the task row is locked
 * and only a REQUESTED task is performed, so a redelivered event does nothing. A module
 * that is not installed or that throws leaves a FAILED to-do for staff.
 */
@Component
class ProvisioningDispatcher {

	private static final Logger log = LoggerFactory.getLogger(ProvisioningDispatcher.class);

	private final ProvisioningTasks tasks;

	private final Services services;

	private final Catalog catalog;

	private final Map<String, ProvisioningModule> modules;

	private final Clock clock;

	private final TerminationConfirmations confirmations;

	private final TransactionTemplate eachTask;

	ProvisioningDispatcher(ProvisioningTasks tasks, Services services, Catalog catalog,
			List<ProvisioningModule> modules, Clock clock, TerminationConfirmations confirmations,
			PlatformTransactionManager transactions) {
		this.eachTask = new TransactionTemplate(transactions);
		this.confirmations = confirmations;
		this.tasks = tasks;
		this.services = services;
		this.catalog = catalog;
		this.modules = modules.stream()
			.collect(Collectors.toUnmodifiableMap(ProvisioningModule::name, Function.identity()));
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ProvisioningRequested requested) {
		handle(requested.taskId());
	}

	/**
	 * Each task of a batch in a transaction of its own (this listener holds none), so a
	 * failure or a crash midway leaves only the unsettled tasks for the redelivery.
	 */
	@Async
	@TransactionalEventListener
	void on(ProvisioningBatchRequested requested) {
		requested.taskIds().forEach(id -> eachTask.executeWithoutResult(status -> handle(id)));
	}

	private void handle(long taskId) {
		ProvisioningTasks.Task task = tasks.lock(taskId).orElse(null);
		if (task == null || task.status() != ProvisioningTasks.Status.REQUESTED) {
			return;
		}
		Service service = services.byId(task.serviceId()).orElseThrow();
		ProvisioningModule module = modules.get(task.module());
		ProvisioningOutcome outcome;
		if (module == null) {
			outcome = ProvisioningOutcome.failed("No provisioning module named '" + task.module() + "' is installed");
		}
		else {
			String productName = catalog.product(service.productId()).map(ProductView::name).orElse("");
			ProvisioningRequest request = new ProvisioningRequest(task.id(), task.action(), service.id(),
					service.clientId(), service.productId(), productName, service.label(), task.reason());
			outcome = perform(module, request);
		}
		ProvisioningTasks.Status status = switch (outcome.status()) {
			case DONE -> ProvisioningTasks.Status.DONE;
			case AWAITING_STAFF -> ProvisioningTasks.Status.OPEN;
			case FAILED -> ProvisioningTasks.Status.FAILED;
		};
		tasks.settle(task.id(), status, outcome.message(), Instant.now(clock), "module:" + task.module());
		if (status == ProvisioningTasks.Status.DONE) {
			confirmations.confirmed(task, new Actor("SYSTEM", null, "module:" + task.module()));
		}
	}

	private static ProvisioningOutcome perform(ProvisioningModule module, ProvisioningRequest request) {
		try {
			return module.perform(request);
		}
		catch (RuntimeException ex) {
			log.warn("Provisioning module {} failed on task {}", module.name(), request.taskId(), ex);
			return ProvisioningOutcome.failed(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

}
