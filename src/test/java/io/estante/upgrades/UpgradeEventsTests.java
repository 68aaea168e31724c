package io.estante.upgrades;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.estante.shared.BillingCycle;
import io.estante.shared.notices.ClientNotice;

/**
 * The applied upgrade is a client notice with its moment and the values its texts use.
 */
class UpgradeEventsTests {

	@Test
	void anAppliedUpgradeTellsTheClientWhichServiceAndPlan() {
		ClientNotice applied = new UpgradeApplied(3, 7, 9, "miempresa.com", 4, "Pro", BillingCycle.ANNUALLY);
		assertThat(applied.clientId()).isEqualTo(9);
		assertThat(applied.moment()).isEqualTo("upgrade-applied");
		assertThat(applied.values()).containsEntry("service", "miempresa.com")
			.containsEntry("plan", "Pro")
			.containsEntry("link", "/client/services/7")
			.containsEntry("upgradeId", 3L);
		assertThat(applied.essential()).isFalse();
	}

}
