package io.estante.services;

/**
 * The renewal claim of a service's next period (one renewal invoice per period, ever).
 * When that invoice was cancelled for a reason that no longer holds (a withdrawn
 * end-of-period cancellation), releasing the claim lets the daily run invoice the period
 * again.
 */
public interface RenewalClaims {

	/**
	 * Forgets the claim of the period starting at the service's next due date; the caller
	 * has checked that no unpaid invoice for that period is left. True when there was
	 * one.
	 */
	boolean releaseNextPeriod(long serviceId);

}
