package io.estante.upgrades.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.estante.catalog.Catalog;
import io.estante.catalog.ProductView;
import io.estante.services.ServiceView;
import io.estante.shared.BillingCycle;
import io.estante.shared.Money;
import io.estante.upgrades.UpgradeNotPossible;
import io.estante.upgrades.UpgradeOptions;
import io.estante.upgrades.UpgradePolicy;

/**
 * Joins a service, the catalog's declared paths and the pure rules
 * ({@link UpgradeTargets}, {@link UpgradePricing}) into options and quotes. Reads only;
 * the day comes from the caller.
 */
@Component
class UpgradeQuoting {

	private final Catalog catalog;

	private final UpgradePricing pricing;

	UpgradeQuoting(Catalog catalog, UpgradeProperties properties) {
		this.catalog = catalog;
		this.pricing = new UpgradePricing(properties.policy());
	}

	/** A quote for one target and cycle, with what it was worked out from. */
	record Quoted(ServiceView service, ProductView current, ProductView target, UpgradeQuote quote) {
	}

	UpgradePolicy policy() {
		return pricing.policy();
	}

	UpgradeOptions options(ServiceView service, LocalDate today) {
		ProductView current = current(service);
		CurrentPeriod period = period(service);
		UpgradeTargets rules = new UpgradeTargets(current, service.billingCycle(), service.amountPaid());
		Map<Long, List<UpgradeOptions.Target>> byCategory = new LinkedHashMap<>();
		Map<Long, String> names = new LinkedHashMap<>();
		for (ProductView target : rules.possible(catalog.upgradeTargets(current.id()))) {
			List<UpgradeOptions.Cycle> cycles = cycles(target, period, today);
			if (!cycles.isEmpty()) {
				names.putIfAbsent(target.categoryId(), target.categoryName());
				byCategory.computeIfAbsent(target.categoryId(), id -> new ArrayList<>()).add(option(target, cycles));
			}
		}
		List<UpgradeOptions.Category> categories = byCategory.entrySet()
			.stream()
			.map(e -> new UpgradeOptions.Category(e.getKey(), names.get(e.getKey()), e.getValue()))
			.toList();
		return new UpgradeOptions(service.id(), service.label(), current.id(), current.name(), service.billingCycle(),
				service.amountPaid(), service.nextDueDate(), pricing.policy(), categories);
	}

	/** One target with its cycles, or the reason it is not an upgrade of this service. */
	UpgradeOptions.Target target(ServiceView service, long productId, LocalDate today) {
		ProductView current = current(service);
		Optional<ProductView> product = catalog.product(productId);
		BillingCycle probe = product.filter(p -> p.price(service.billingCycle()).isEmpty())
			.flatMap(p -> p.prices().keySet().stream().min(Comparator.naturalOrder()))
			.orElse(service.billingCycle());
		ProductView target = new UpgradeTargets(current, service.billingCycle(), service.amountPaid()).require(product,
				productId, probe, catalog.upgradeTargets(current.id()));
		CurrentPeriod period = period(service);
		List<UpgradeOptions.Cycle> cycles = cycles(target, period, today);
		if (cycles.isEmpty()) {
			// None can be bought: the first cycle's reason is the answer.
			pricing.quote(period, target.price(probe).orElseThrow(), probe, today);
		}
		return option(target, cycles);
	}

	Quoted quote(ServiceView service, long productId, BillingCycle cycle, LocalDate today) {
		ProductView current = current(service);
		ProductView target = new UpgradeTargets(current, service.billingCycle(), service.amountPaid())
			.require(catalog.product(productId), productId, cycle, catalog.upgradeTargets(current.id()));
		Money price = target.price(cycle).orElseThrow();
		return new Quoted(service, current, target, pricing.quote(period(service), price, cycle, today));
	}

	private List<UpgradeOptions.Cycle> cycles(ProductView target, CurrentPeriod period, LocalDate today) {
		List<UpgradeOptions.Cycle> cycles = new ArrayList<>();
		target.prices().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(price -> {
			try {
				UpgradeQuote quote = pricing.quote(period, price.getValue(), price.getKey(), today);
				cycles.add(new UpgradeOptions.Cycle(price.getKey(), price.getValue(), quote.amountDue(),
						quote.nextDueDate()));
			}
			catch (UpgradeNotPossible notThisCycle) {
				// nothing due in this cycle, or it ends before today: not offered
			}
		});
		return cycles;
	}

	private static UpgradeOptions.Target option(ProductView target, List<UpgradeOptions.Cycle> cycles) {
		return new UpgradeOptions.Target(target.id(), target.name(), target.categoryId(), target.categoryName(),
				cycles);
	}

	private ProductView current(ServiceView service) {
		return catalog.product(service.productId())
			.orElseThrow(() -> new UpgradeNotPossible("upgrades.unknown-product", service.productId()));
	}

	private static CurrentPeriod period(ServiceView service) {
		if (service.periodStart() == null || service.nextDueDate() == null
				|| !service.nextDueDate().isAfter(service.periodStart())) {
			throw new UpgradeNotPossible("upgrades.no-period", service.label());
		}
		return new CurrentPeriod(service.billingCycle(), service.periodStart(), service.nextDueDate(),
				service.amountPaid());
	}

}
