package io.estante.services;

import java.util.List;

import io.estante.shared.notices.ClientNoticeBatch;

/**
 * Several services terminated together (a daily-run batch of terminations): one event for
 * the batch, each service's {@link ServiceTerminated} inside it. A single termination
 * publishes the plain {@link ServiceTerminated}.
 */
public record ServicesTerminated(List<ServiceTerminated> terminated) implements ClientNoticeBatch {

	public ServicesTerminated {
		terminated = List.copyOf(terminated);
	}

	@Override
	public List<ServiceTerminated> notices() {
		return terminated;
	}

}
