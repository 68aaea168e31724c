package io.estante.billing.internal;

import java.math.BigDecimal;
import java.util.Currency;

import io.estante.shared.Money;

/**
 * Amounts as people type them ("50", "50.5", "50.00"): exact, at most the currency's
 * minor-unit decimals (more is refused, never rounded away), twelve digits before the
 * point.
 */
public final class Amounts {

	private static final BigDecimal MAX = new BigDecimal("999999999999.99");

	private Amounts() {
	}

	public static Money parse(String field, String amount, String currency) {
		String code = DraftRules.currency(currency);
		BigDecimal value;
		try {
			value = new BigDecimal(amount == null ? "" : amount.strip());
		}
		catch (NumberFormatException ex) {
			throw BillingRefusal.invalid(field, "billing.amount.invalid", amount);
		}
		int digits = Math.max(Currency.getInstance(code).getDefaultFractionDigits(), 0);
		if (value.abs().compareTo(MAX) > 0 || value.stripTrailingZeros().scale() > digits) {
			throw BillingRefusal.invalid(field, "billing.amount.invalid", amount);
		}
		return Money.of(value, code);
	}

}
