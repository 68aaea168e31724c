package io.estante.services;

import java.util.List;

import io.estante.shared.notices.ClientNoticeBatch;

/**
 * Several services suspended together (a daily-run batch of suspensions for non-payment):
 * one event for the batch, each service's {@link ServiceSuspended} inside it. A single
 * suspension publishes the plain {@link ServiceSuspended}.
 */
public record ServicesSuspended(List<ServiceSuspended> suspended) implements ClientNoticeBatch {

	public ServicesSuspended {
		suspended = List.copyOf(suspended);
	}

	@Override
	public List<ServiceSuspended> notices() {
		return suspended;
	}

}
