package io.estante.upgrades;

import java.util.Map;

import io.estante.shared.BillingCycle;
import io.estante.shared.notices.ClientNotice;

/**
 * A paid upgrade was applied: the service is on the new product and cycle, and the
 * provisioning module was asked to change the package. The client is told
 * ("upgrade-applied").
 */
public record UpgradeApplied(long upgradeId, long serviceId, long clientId, String service, long productId, String plan,
		BillingCycle cycle) implements ClientNotice {

	@Override
	public String moment() {
		return "upgrade-applied";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("upgradeId", upgradeId, "service", service, "plan", plan, "link",
				"/client/services/" + serviceId);
	}

}
