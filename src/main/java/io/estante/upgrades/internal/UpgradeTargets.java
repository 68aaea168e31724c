package io.estante.upgrades.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.estante.catalog.ProductView;
import io.estante.shared.BillingCycle;
import io.estante.shared.Money;
import io.estante.upgrades.DowngradeNotAllowed;
import io.estante.upgrades.UpgradeNotPossible;

/**
 * Which products a service may move to: a declared upgrade path from its product, not
 * retired, in the same currency, and higher. "Higher" compares like with like: the prices
 * in the service's cycle when the target sells it, otherwise the price per month of every
 * cycle the target sells (a cheaper cycle anywhere makes it not higher).
 */
final class UpgradeTargets {

	private final ProductView current;

	private final BillingCycle cycle;

	private final Money currentValue;

	/**
	 * {@code paid} stands in for the current plan's price when its product no longer
	 * sells the service's cycle.
	 */
	UpgradeTargets(ProductView current, BillingCycle cycle, Money paid) {
		this.current = current;
		this.cycle = cycle;
		this.currentValue = current.price(cycle).orElse(paid);
	}

	/** The declared targets the service can really move to, in the catalog's order. */
	List<ProductView> possible(List<ProductView> declared) {
		return declared.stream()
			.filter(target -> target.id() != current.id() && !target.retired() && sameCurrency(target)
					&& !target.prices().isEmpty() && higher(target))
			.toList();
	}

	/**
	 * The target, or the reason the service cannot move to it (a downgrade, no declared
	 * path, a retired product, a cycle it does not sell).
	 */
	ProductView require(Optional<ProductView> target, long targetId, BillingCycle targetCycle,
			List<ProductView> declared) {
		ProductView product = target.orElseThrow(() -> new UpgradeNotPossible("upgrades.unknown-product", targetId));
		if (product.id() == current.id()) {
			throw new UpgradeNotPossible("upgrades.same-product", product.name());
		}
		if (!sameCurrency(product)) {
			throw new UpgradeNotPossible("upgrades.currency-mismatch", product.currency(), currentValue.currencyCode());
		}
		if (product.prices().isEmpty() || !higher(product)) {
			throw DowngradeNotAllowed.cheaper(current.name(), product.name());
		}
		if (declared.stream().noneMatch(path -> path.id() == product.id())) {
			throw DowngradeNotAllowed.noPath(current.name(), product.name());
		}
		if (product.retired()) {
			throw new UpgradeNotPossible("upgrades.target-retired", product.name());
		}
		if (product.price(targetCycle).isEmpty()) {
			throw new UpgradeNotPossible("upgrades.cycle-not-offered", product.name(), targetCycle.name());
		}
		return product;
	}

	boolean higher(ProductView target) {
		Optional<Money> sameCycle = target.price(cycle);
		if (sameCycle.isPresent()) {
			return sameCycle.get().compareTo(currentValue) > 0;
		}
		// per month, cross-multiplied: price / months > value / cycle months
		BigDecimal valueTimes = currentValue.amount();
		for (Map.Entry<BillingCycle, Money> price : target.prices().entrySet()) {
			BigDecimal left = price.getValue().amount().multiply(BigDecimal.valueOf(cycle.months()));
			BigDecimal right = valueTimes.multiply(BigDecimal.valueOf(price.getKey().months()));
			if (left.compareTo(right) <= 0) {
				return false;
			}
		}
		return true;
	}

	private boolean sameCurrency(ProductView target) {
		return target.currency().equals(currentValue.currencyCode());
	}

}
