package io.estante.upgrades.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.estante.billing.InvoiceLine;
import io.estante.billing.LineKind;
import io.estante.shared.Money;

/**
 * Which invoice lines name an upgrade: only UPGRADE lines with a well-formed reference.
 */
class UpgradeSettlementTests {

	static InvoiceLine line(LineKind kind, String reference) {
		return new InvoiceLine(kind, "x", Money.of("1.00", "ARS"), 5L, null, null, reference);
	}

	@Test
	void readsTheUpgradeIdsOfUpgradeLinesOnly() {
		assertThat(UpgradeSettlement.upgradeIds(List.of(line(LineKind.UPGRADE, "upgrade:17"),
				line(LineKind.UPGRADE, "upgrade:17"), line(LineKind.RENEWAL, "upgrade:18"),
				line(LineKind.UPGRADE, "quote:4"), line(LineKind.UPGRADE, "upgrade:abc"), line(LineKind.UPGRADE, null),
				line(LineKind.UPGRADE, "upgrade:21"))))
			.containsExactly(17L, 21L);
	}

}
