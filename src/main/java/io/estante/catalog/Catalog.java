package io.estante.catalog;

import java.util.List;
import java.util.Optional;

/** Read access to the catalog for other modules. */
public interface Catalog {

	Optional<ProductView> product(long productId);

	/** The products staff declared as technically possible upgrades from this one. */
	List<ProductView> upgradeTargets(long productId);

}
