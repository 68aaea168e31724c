package io.estante.catalog.internal;

import java.util.List;

import io.estante.catalog.ProductView;

/**
 * A product with what only the catalog's own pages and API show: its description and the
 * ids of the upgrade targets staff declared.
 */
public record ProductDetails(ProductView view, String description, List<Long> upgradeTargetIds) {

	public ProductDetails {
		upgradeTargetIds = List.copyOf(upgradeTargetIds);
	}

}
