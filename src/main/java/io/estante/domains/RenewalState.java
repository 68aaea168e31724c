package io.estante.domains;

import io.estante.services.ServiceStatus;
import io.estante.services.ServiceView;

/**
 * Where a domain's renewal stands: it RENEWS on its expiry date (auto-renew on), EXPIRES
 * then (auto-renew off), is not registered yet (PENDING, order unpaid) or has ENDED.
 */
public enum RenewalState {

	RENEWS, EXPIRES, PENDING, ENDED;

	public static RenewalState of(ServiceView service) {
		if (service.status() == ServiceStatus.PENDING) {
			return PENDING;
		}
		if (service.status().isEnded()) {
			return ENDED;
		}
		return service.autoRenew() ? RENEWS : EXPIRES;
	}

}
