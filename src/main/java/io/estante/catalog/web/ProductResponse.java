package io.estante.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.estante.catalog.ProductView;
import io.estante.catalog.internal.ProductDetails;

/**
 * A product in the API: prices by cycle as two-decimal strings plus {@code currency}.
 * {@code description} and {@code upgradeTargetIds} are filled where they are shown.
 */
record ProductResponse(long id, long categoryId, String categoryName, String name, String description, String type,
		String currency, Map<String, String> prices, boolean hidden, boolean retired, boolean orderable,
		String provisioning, List<Long> upgradeTargetIds) {

	static ProductResponse of(ProductView p) {
		return of(p, null, null);
	}

	static ProductResponse of(ProductDetails d) {
		return of(d.view(), d.description(), d.upgradeTargetIds());
	}

	private static ProductResponse of(ProductView p, String description, List<Long> targets) {
		Map<String, String> prices = new LinkedHashMap<>();
		p.prices().forEach((cycle, money) -> prices.put(cycle.name(), money.plain()));
		return new ProductResponse(p.id(), p.categoryId(), p.categoryName(), p.name(), description, p.type().name(),
				p.currency(), prices, p.hidden(), p.retired(), p.orderable(), p.provisioning(), targets);
	}

}
