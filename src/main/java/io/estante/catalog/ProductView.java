package io.estante.catalog;

import java.util.Map;
import java.util.Optional;

import io.estante.shared.BillingCycle;
import io.estante.shared.Money;

/**
 * A product as other modules see it. {@code prices} holds the cycles it is sold in;
 * {@code provisioning} names the provisioning module ("manual" by default).
 */
public record ProductView(long id, long categoryId, String categoryName, String name, ProductType type, String currency,
		Map<BillingCycle, Money> prices, boolean hidden, boolean retired, String provisioning) {

	public Optional<Money> price(BillingCycle cycle) {
		return Optional.ofNullable(prices.get(cycle));
	}

	public boolean orderable() {
		return !hidden && !retired;
	}

}
