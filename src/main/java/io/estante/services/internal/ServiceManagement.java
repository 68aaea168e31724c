package io.estante.services.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.estante.catalog.Catalog;
import io.estante.catalog.ProductType;
import io.estante.catalog.ProductView;
import io.estante.services.IllegalServiceTransition;
import io.estante.services.ServiceDirectory;
import io.estante.services.ServiceLifecycle;
import io.estante.services.ServiceStatus;
import io.estante.services.ServiceView;
import io.estante.services.SuspensionReason;
import io.estante.shared.BillingCycle;
import io.estante.shared.Money;
import io.estante.shared.NotFound;

/**
 * The services API for other modules and for staff: each change locks the row, asks the
 * state machine, and writes row, history, event and provisioning request together.
 */
@Component
@Transactional
public class ServiceManagement implements ServiceLifecycle, ServiceDirectory {

	private final Services services;

	private final ServiceChanges changes;

	private final Catalog catalog;

	private final Clock clock;

	ServiceManagement(Services services, ServiceChanges changes, Catalog catalog, Clock clock) {
		this.services = services;
		this.changes = changes;
		this.catalog = catalog;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ServiceView> find(long serviceId) {
		return services.byId(serviceId).map(Service::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ServiceView> ofClient(long clientId) {
		return services.ofClient(clientId, null, 500).stream().map(Service::view).toList();
	}

	@Override
	public void activate(long serviceId, String reason) {
		Service s = lock(serviceId);
		if (s.status() != ServiceStatus.PENDING) {
			throw new IllegalServiceTransition(serviceId, s.status(), ServiceStatus.ACTIVE);
		}
		changes.apply(s, s.activated(today(), s.amountPaid()), Change.ACTIVATED, Actor.current(), reason);
	}

	@Override
	public void suspend(long serviceId, String reason) {
		suspend(serviceId, SuspensionReason.STAFF_DECISION, reason);
	}

	@Override
	public void suspend(long serviceId, SuspensionReason reason, String note) {
		Service s = lock(serviceId);
		s.status().moveTo(serviceId, ServiceStatus.SUSPENDED);
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		String text = cleanNote == null ? reason.code() : reason.code() + ": " + cleanNote;
		changes.apply(s, s.suspended(reason, cleanNote, today()), Change.SUSPENDED, Actor.current(), text);
	}

	@Override
	public void reactivate(long serviceId, String reason) {
		Service s = lock(serviceId);
		if (s.status() != ServiceStatus.SUSPENDED) {
			throw new IllegalServiceTransition(serviceId, s.status(), ServiceStatus.ACTIVE);
		}
		changes.apply(s, s.reactivated(), Change.REACTIVATED, Actor.current(), reason);
	}

	@Override
	public void cancel(long serviceId, String reason) {
		Service s = lock(serviceId);
		s.status().moveTo(serviceId, ServiceStatus.CANCELLED);
		if (s.status() != ServiceStatus.PENDING && isDomain(s)) {
			throw ServiceRefusal.unprocessable("type", "services.domain.not-cancellable", s.label());
		}
		changes.apply(s, s.ended(ServiceStatus.CANCELLED, today()), Change.CANCELLED, Actor.current(), reason);
	}

	@Override
	public void terminate(long serviceId, String reason) {
		Service s = lock(serviceId);
		s.status().moveTo(serviceId, ServiceStatus.TERMINATED);
		changes.apply(s, s.ended(ServiceStatus.TERMINATED, today()), Change.TERMINATED, Actor.current(), reason);
	}

	@Override
	public void changePlan(long serviceId, long productId, BillingCycle cycle, Money amountPaid,
			LocalDate newPeriodStart, String reason) {
		Service s = lock(serviceId);
		requireLive(s);
		ProductView product = catalog.product(productId).orElseThrow(() -> new NotFound("product", productId));
		if (amountPaid != null && !amountPaid.currencyCode().equals(s.currency())) {
			throw ServiceRefusal.unprocessable("amountPaid", "services.currency.mismatch", s.currency());
		}
		changes.apply(s, s.withPlan(productId, cycle, amountPaid, newPeriodStart), Change.PLAN_CHANGED, Actor.current(),
				reason);
	}

	@Override
	public void changeOwner(long serviceId, long newClientId, String reason) {
		Service s = lock(serviceId);
		if (s.status().isEnded()) {
			throw ServiceRefusal.unprocessable("status", "services.ended", serviceId, s.status());
		}
		changes.apply(s, s.withOwner(newClientId), Change.OWNER_CHANGED, Actor.current(),
				reason == null ? "client " + s.clientId() + " → " + newClientId : reason);
	}

	@Override
	public void setAutoRenew(long serviceId, boolean enabled) {
		Service s = lock(serviceId);
		if (s.status().isEnded()) {
			throw ServiceRefusal.unprocessable("enabled", "services.ended", serviceId, s.status());
		}
		if (s.autoRenew() != enabled) {
			changes.apply(s, s.withAutoRenew(enabled), enabled ? Change.AUTO_RENEW_ON : Change.AUTO_RENEW_OFF,
					Actor.current(), null);
		}
	}

	@Override
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public ServiceView lockForChange(long serviceId) {
		return lock(serviceId).view();
	}

	private void requireLive(Service s) {
		if (!s.status().isLive()) {
			throw ServiceRefusal.unprocessable("status", "services.not-live", s.id(), s.status());
		}
	}

	private boolean isDomain(Service s) {
		return catalog.product(s.productId()).map(p -> p.type() == ProductType.DOMAIN).orElse(false);
	}

	private Service lock(long serviceId) {
		return services.lock(serviceId).orElseThrow(() -> new NotFound("service", serviceId));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
