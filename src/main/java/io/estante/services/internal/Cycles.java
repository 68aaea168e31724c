package io.estante.services.internal;

import java.util.Locale;

import io.estante.shared.BillingCycle;

/** Billing cycles as requests name them ("MONTHLY", "monthly"). */
final class Cycles {

	private Cycles() {
	}

	static BillingCycle parse(String text, String field) {
		if (text == null || text.isBlank()) {
			throw ServiceRefusal.invalid(field, "services.cycle.required");
		}
		try {
			return BillingCycle.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ServiceRefusal.invalid(field, "services.cycle.invalid", text.strip());
		}
	}

}
