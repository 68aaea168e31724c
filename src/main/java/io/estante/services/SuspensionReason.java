package io.estante.services;

import java.util.Locale;

/**
 * Why a service is suspended. Only {@link #NON_PAYMENT} ends by itself: paying the
 * overdue invoice reactivates the service, and the daily run terminates it when it stays
 * unpaid. The others wait for staff (a fraud check is not settled by a payment).
 */
public enum SuspensionReason {

	NON_PAYMENT, FRAUD_RISK, ABUSE, STAFF_DECISION;

	/** The kebab-case code events and alerts carry ("fraud-risk"). */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The reason of a code or enum name ("fraud-risk", "FRAUD_RISK"), if it is one. */
	public static java.util.Optional<SuspensionReason> parse(String text) {
		if (text == null) {
			return java.util.Optional.empty();
		}
		String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (SuspensionReason reason : values()) {
			if (reason.name().equals(name)) {
				return java.util.Optional.of(reason);
			}
		}
		return java.util.Optional.empty();
	}

}
