package io.estante.cancellations;

/**
 * How a service is cancelled: at once, or when the period of its last invoice ends (it
 * keeps working until then and never renews).
 */
public enum CancellationType {

	IMMEDIATE, END_OF_PERIOD

}
