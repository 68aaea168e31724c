package io.estante.services.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.estante.clients.ClientDirectory;
import io.estante.catalog.Catalog;
import io.estante.catalog.ProductType;
import io.estante.catalog.ProductView;
import io.estante.services.ServiceStatus;
import io.estante.services.SuspensionReason;
import io.estante.shared.BillingCycle;
import io.estante.shared.Money;

/**
 * Staff record a service that already exists (brought from another system): it starts in
 * the state given, with its period, and nothing is provisioned or announced.
 */
@Component
public class ServiceMigration {

	private final ClientDirectory clients;

	private final Catalog catalog;

	private final Services services;

	private final ServiceChanges changes;

	private final Clock clock;

	ServiceMigration(ClientDirectory clients, Catalog catalog, Services services, ServiceChanges changes, Clock clock) {
		this.clients = clients;
		this.catalog = catalog;
		this.services = services;
		this.changes = changes;
		this.clock = clock;
	}

	public record Existing(Long clientId, Long productId, String billingCycle, String status, LocalDate periodStart,
			LocalDate nextDueDate, String amountPaid, String label, Boolean autoRenew, String suspensionReason) {
	}

	@Transactional
	public Service record(Existing e) {
		if (e.clientId() == null || !clients.exists(e.clientId())) {
			throw ServiceRefusal.unprocessable("clientId", "services.client.unknown", e.clientId());
		}
		if (e.productId() == null) {
			throw ServiceRefusal.invalid("productId", "services.order.product-required");
		}
		ProductView product = catalog.product(e.productId())
			.orElseThrow(() -> ServiceRefusal.unprocessable("productId", "services.product.unknown", e.productId()));
		BillingCycle cycle = Cycles.parse(e.billingCycle(), "billingCycle");
		if (product.price(cycle).isEmpty()) {
			throw ServiceRefusal.unprocessable("billingCycle", "services.order.cycle-not-offered", cycle,
					product.name());
		}
		ServiceStatus status = status(e.status());
		requirePeriod(e, status);
		Money paid = amount(e.amountPaid(), product.currency());
		String label = label(e.label(), product);
		SuspensionReason reason = status == ServiceStatus.SUSPENDED ? suspensionReason(e.suspensionReason()) : null;
		LocalDate today = LocalDate.now(clock);
		boolean autoRenew = !status.isEnded() && (e.autoRenew() == null || e.autoRenew());
		long id = services
			.insert(new Services.NewService(e.clientId(), product.id(), label, cycle, status, paid, e.periodStart(),
					e.nextDueDate(), autoRenew, reason, reason == null ? null : today, status.isEnded() ? today : null),
					Instant.now(clock));
		changes.note(id, Change.RECORDED, status, Actor.current(), "recorded from another system");
		return services.byId(id).orElseThrow();
	}

	private static ServiceStatus status(String text) {
		if (text == null || text.isBlank()) {
			throw ServiceRefusal.invalid("status", "services.status.required");
		}
		try {
			return ServiceStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ServiceRefusal.invalid("status", "services.status.invalid", text.strip());
		}
	}

	private static void requirePeriod(Existing e, ServiceStatus status) {
		if (status == ServiceStatus.PENDING && e.periodStart() == null && e.nextDueDate() == null) {
			return;
		}
		if (e.periodStart() == null) {
			throw ServiceRefusal.invalid("periodStart", "services.period.required");
		}
		if (e.nextDueDate() == null) {
			throw ServiceRefusal.invalid("nextDueDate", "services.period.required");
		}
		if (!e.nextDueDate().isAfter(e.periodStart())) {
			throw ServiceRefusal.invalid("nextDueDate", "services.period.order", e.periodStart(), e.nextDueDate());
		}
	}

	private static Money amount(String text, String currency) {
		if (text == null || text.isBlank()) {
			return Money.zero(java.util.Currency.getInstance(currency));
		}
		try {
			BigDecimal value = new BigDecimal(text.strip());
			if (value.signum() < 0 || value.scale() > 2) {
				throw ServiceRefusal.invalid("amountPaid", "services.amount.invalid", text);
			}
			return Money.of(value, currency);
		}
		catch (NumberFormatException ex) {
			throw ServiceRefusal.invalid("amountPaid", "services.amount.invalid", text);
		}
	}

	private static String label(String text, ProductView product) {
		if (product.type() == ProductType.DOMAIN) {
			String name = DomainNames.normalise(text);
			if (name == null) {
				throw ServiceRefusal.invalid("label", "services.domain.invalid", text == null ? "" : text);
			}
			return name;
		}
		if (text == null || text.isBlank()) {
			return product.name();
		}
		if (text.strip().length() > 255) {
			throw ServiceRefusal.invalid("label", "services.label.too-long");
		}
		return text.strip();
	}

	private static SuspensionReason suspensionReason(String text) {
		if (text == null || text.isBlank()) {
			return SuspensionReason.STAFF_DECISION;
		}
		return SuspensionReason.parse(text)
			.orElseThrow(() -> ServiceRefusal.invalid("suspensionReason", "services.suspension.reason-invalid", text));
	}

}
