package io.estante.services;

import java.util.Optional;

/**
 * Read access to services for other modules (upgrades, transfers, cancellations,
 * payments).
 */
public interface ServiceDirectory {

	Optional<ServiceView> find(long serviceId);

}
