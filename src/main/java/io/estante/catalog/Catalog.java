package io.estante.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read access to the catalog for other modules. Hidden and retired products are still
 * returned by id (existing services keep pointing at them);
 * {@link ProductView#orderable()} says whether a product may be sold anew.
 */
public interface Catalog {

	Optional<ProductView> product(long productId);

	/**
	 * Several products in two queries whatever their number (renewal batches, service
	 * lists): ids that do not exist are left out of the map.
	 */
	Map<Long, ProductView> products(Collection<Long> productIds);

	/**
	 * The products staff declared as technically possible upgrades from this one, retired
	 * ones left out (they are no longer sold); hidden ones included, since a plan may
	 * exist only as an upgrade. Whether a target is higher is the upgrades module's rule.
	 */
	List<ProductView> upgradeTargets(long productId);

	/** The products on sale (neither hidden nor retired): what clients may order. */
	List<ProductView> onSale();

}
