package io.estante.services.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.estante.audit.AuditTrail;
import io.estante.catalog.Catalog;
import io.estante.services.ServiceSuspended;
import io.estante.services.ServiceTerminated;
import io.estante.services.ServicesSuspended;
import io.estante.services.ServicesTerminated;
import io.estante.services.provisioning.ProvisioningAction;

/**
 * Writes changes of services: the row, its history entry, its event and its provisioning
 * request, all in the caller's transaction. The caller has locked the row and checked the
 * move with the state machine.
 */
@Component
public class ServiceChanges {

	private final Services services;

	private final ServiceHistory history;

	private final Provisioning provisioning;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Catalog catalog;

	private final Clock clock;

	ServiceChanges(Services services, ServiceHistory history, Provisioning provisioning,
			ApplicationEventPublisher events, AuditTrail audit, Catalog catalog, Clock clock) {
		this.catalog = catalog;
		this.services = services;
		this.history = history;
		this.provisioning = provisioning;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	public record Applied(Service before, Service after, Change change, String reason) {
	}

	public Service apply(Service before, Service after, Change change, Actor actor, String reason) {
		applyAll(List.of(new Applied(before, after, change, reason)), actor);
		return after;
	}

	/**
	 * Many changes by one actor (a daily-run batch): history in one JDBC batch, the
	 * products' provisioning modules in one catalog read.
	 */
	public void applyAll(List<Applied> changes, Actor actor) {
		if (changes.isEmpty()) {
			return;
		}
		Instant now = Instant.now(clock);
		Map<Long, String> modules = modules(changes);
		List<ServiceHistory.Entry> entries = new ArrayList<>(changes.size());
		services.saveAll(changes.stream().map(Applied::after).toList(), now);
		List<Provisioning.Request> requests = new ArrayList<>();
		for (Applied c : changes) {
			entries.add(new ServiceHistory.Entry(c.after().id(), c.change().name(),
					c.before() == null ? null : c.before().status(), c.after().status(), actor, c.reason()));
		}
		history.recordAll(entries, now);
		List<Object> published = new ArrayList<>(changes.size());
		for (Applied c : changes) {
			Object event = c.change().event(c.before(), c.after(), c.reason());
			if (event != null) {
				published.add(event);
			}
			ProvisioningAction action = c.change().provisioning(c.before());
			if (action != null) {
				requests.add(new Provisioning.Request(c.after(), action, c.reason()));
			}
			if ("STAFF".equals(actor.kind())) {
				audit.record("service." + c.change().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
						"service:" + c.after().id(), c.reason());
			}
		}
		publish(published);
		provisioning.requestAll(requests, modules);
	}

	/**
	 * A batch of suspensions or terminations is one event (the registry writes a row per
	 * event and listener); anything else is published event by event.
	 */
	private void publish(List<Object> published) {
		if (published.size() > 1 && published.stream().allMatch(ServiceSuspended.class::isInstance)) {
			events.publishEvent(new ServicesSuspended(published.stream().map(ServiceSuspended.class::cast).toList()));
		}
		else if (published.size() > 1 && published.stream().allMatch(ServiceTerminated.class::isInstance)) {
			events.publishEvent(new ServicesTerminated(published.stream().map(ServiceTerminated.class::cast).toList()));
		}
		else {
			published.forEach(events::publishEvent);
		}
	}

	private Map<Long, String> modules(List<Applied> changes) {
		Set<Long> products = new HashSet<>();
		for (Applied c : changes) {
			if (c.change().provisioning(c.before()) != null) {
				products.add(c.after().productId());
			}
		}
		Map<Long, String> modules = new HashMap<>();
		if (!products.isEmpty()) {
			catalog.products(products).forEach((id, product) -> modules.put(id, product.provisioning()));
		}
		return modules;
	}

	/**
	 * A history entry without a change of the row (ordered, recorded, a payment noted).
	 */
	public void note(long serviceId, Change change, io.estante.services.ServiceStatus status, Actor actor,
			String reason) {
		history.record(new ServiceHistory.Entry(serviceId, change.name(), null, status, actor, reason),
				Instant.now(clock));
	}

}
