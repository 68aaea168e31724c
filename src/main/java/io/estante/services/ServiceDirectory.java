package io.estante.services;

import java.util.List;
import java.util.Optional;

/**
 * Read access to services for other modules (upgrades, transfers, cancellations,
 * payments).
 */
public interface ServiceDirectory {

	Optional<ServiceView> find(long serviceId);

	/** A client's services, newest first (at most 500: clients hold a handful). */
	List<ServiceView> ofClient(long clientId);

}
