package io.estante.services;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * A change the state machine refuses (suspending a Pending service, reactivating an
 * Active one, anything after Terminated): 422 with both states named.
 */
public class IllegalServiceTransition extends BusinessException {

	private final ServiceStatus from;

	private final ServiceStatus to;

	public IllegalServiceTransition(long serviceId, ServiceStatus from, ServiceStatus to) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "services.transition.illegal", serviceId, from, to);
		this.from = from;
		this.to = to;
	}

	public ServiceStatus from() {
		return from;
	}

	public ServiceStatus to() {
		return to;
	}

}
