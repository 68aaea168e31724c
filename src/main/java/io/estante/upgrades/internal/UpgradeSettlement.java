package io.estante.upgrades.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.estante.audit.AuditTrail;
import io.estante.billing.InvoiceCancelled;
import io.estante.billing.InvoiceLine;
import io.estante.billing.InvoicePaid;
import io.estante.billing.Invoicing;
import io.estante.billing.InvoicesCancelled;
import io.estante.billing.LineKind;
import io.estante.catalog.Catalog;
import io.estante.catalog.ProductView;
import io.estante.services.ServiceLifecycle;
import io.estante.services.ServiceDirectory;
import io.estante.services.ServiceStatus;
import io.estante.services.ServiceView;
import io.estante.shared.Money;
import io.estante.upgrades.UpgradeApplied;
import io.estante.upgrades.UpgradeStatus;

/**
 * Settles upgrades when billing reports their invoice paid or cancelled. Each upgrade row
 * is locked and only an upgrade still awaiting payment is acted on, so a redelivered
 * event changes nothing. A payment that arrives when the service can no longer take the
 * upgrade (not Active, or changed since the quote) is not applied: it becomes client
 * credit and the upgrade waits for staff in the admin area.
 */
@Component
class UpgradeSettlement {

	private final Upgrades upgrades;

	private final ServiceDirectory services;

	private final ServiceLifecycle lifecycle;

	private final Invoicing invoicing;

	private final Catalog catalog;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	UpgradeSettlement(Upgrades upgrades, ServiceDirectory services, ServiceLifecycle lifecycle, Invoicing invoicing,
			Catalog catalog, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.upgrades = upgrades;
		this.services = services;
		this.lifecycle = lifecycle;
		this.invoicing = invoicing;
		this.catalog = catalog;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(InvoicePaid paid) {
		for (long id : upgradeIds(paid.lines())) {
			awaiting(id, paid.invoiceId()).ifPresent(upgrade -> settle(upgrade, paid));
		}
	}

	@ApplicationModuleListener
	void on(InvoiceCancelled cancelled) {
		voidUpgrades(cancelled);
	}

	/** A daily-run batch of cancellations, in one transaction. */
	@ApplicationModuleListener
	void on(InvoicesCancelled batch) {
		batch.invoices().forEach(this::voidUpgrades);
	}

	private void voidUpgrades(InvoiceCancelled cancelled) {
		for (long id : upgradeIds(cancelled.lines())) {
			awaiting(id, cancelled.invoiceId()).ifPresent(upgrade -> {
				upgrades.close(upgrade.id(), UpgradeStatus.VOID, "invoice " + cancelled.number() + " cancelled", true,
						Instant.now(clock));
				audit.record("upgrades.void", "service:" + upgrade.serviceId(), "upgrade:" + upgrade.id());
			});
		}
	}

	private void settle(Upgrade upgrade, InvoicePaid paid) {
		Instant now = Instant.now(clock);
		ServiceView service = services.find(upgrade.serviceId()).orElse(null);
		String obstacle = obstacle(upgrade, service);
		if (obstacle != null) {
			Money credited = invoicing.creditPaid(paid.invoiceId(), "upgrade:" + upgrade.id() + " " + obstacle);
			upgrades.close(upgrade.id(), UpgradeStatus.CREDITED, obstacle + "; " + credited + " credited", false, now);
			audit.record("upgrades.credited", "service:" + upgrade.serviceId(),
					"upgrade:" + upgrade.id() + " paid with invoice " + paid.number() + " but " + obstacle);
			return;
		}
		LocalDate today = LocalDate.now(clock);
		lifecycle.changePlan(service.id(), upgrade.toProductId(), upgrade.toCycle(), upgrade.periodValue(),
				upgrade.newPeriodStart(today), "upgrade:" + upgrade.id() + " (invoice " + paid.number() + ")");
		upgrades.close(upgrade.id(), UpgradeStatus.APPLIED, "applied on " + today, true, now);
		String plan = catalog.product(upgrade.toProductId()).map(ProductView::name).orElse("");
		events.publishEvent(new UpgradeApplied(upgrade.id(), service.id(), service.clientId(), service.label(),
				upgrade.toProductId(), plan, upgrade.toCycle()));
	}

	/**
	 * Why the paid upgrade cannot be applied, or null: the service must still be Active
	 * and on the plan and period it was quoted for, so nothing changes silently.
	 */
	private static String obstacle(Upgrade upgrade, ServiceView service) {
		if (service == null) {
			return "the service no longer exists";
		}
		if (service.status() != ServiceStatus.ACTIVE) {
			return "the service is " + service.status();
		}
		if (service.productId() != upgrade.fromProductId() || service.billingCycle() != upgrade.fromCycle()
				|| !upgrade.fromPeriod().equals(service.periodStart())) {
			return "the service changed plan or period after the request";
		}
		return null;
	}

	private Optional<Upgrade> awaiting(long id, long invoiceId) {
		return upgrades.lock(id)
			.filter(u -> u.status() == UpgradeStatus.AWAITING_PAYMENT && u.invoiceId() != null
					&& u.invoiceId() == invoiceId);
	}

	static List<Long> upgradeIds(List<InvoiceLine> lines) {
		return lines.stream()
			.filter(line -> line.kind() == LineKind.UPGRADE && line.reference() != null
					&& line.reference().startsWith("upgrade:"))
			.map(line -> parse(line.reference().substring("upgrade:".length())))
			.filter(id -> id > 0)
			.distinct()
			.toList();
	}

	private static long parse(String id) {
		try {
			return Long.parseLong(id.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
