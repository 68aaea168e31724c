package io.estante.services.internal;

import java.util.List;

/**
 * Many provisioning tasks written by one change of many services (a daily-run batch of
 * suspensions): one event, so the publication registry writes one row for the batch. The
 * dispatcher hands each task to its module as for {@link ProvisioningRequested}.
 */
public record ProvisioningBatchRequested(List<Long> taskIds) {

	public ProvisioningBatchRequested {
		taskIds = List.copyOf(taskIds);
	}

}
