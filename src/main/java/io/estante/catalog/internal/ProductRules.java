package io.estante.catalog.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.estante.catalog.ProductType;
import io.estante.shared.BillingCycle;
import io.estante.shared.Money;

/**
 * What a product's fields may hold, checked the same way for the API and the forms. Each
 * refusal names its field. Prices are exact: more decimals than the currency's minor unit
 * are refused rather than rounded, so what staff typed is what clients pay.
 */
public final class ProductRules {

	static final int MAX_NAME = 100;

	static final int MAX_DESCRIPTION = 2000;

	/** numeric(14,2): twelve digits before the point. */
	static final BigDecimal MAX_PRICE = new BigDecimal("999999999999.99");

	private static final Pattern PROVISIONING = Pattern.compile("[a-z][a-z0-9-]{0,63}");

	private ProductRules() {
	}

	public static String name(String field, String name) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
			throw CatalogRefusal.invalid(field, "catalog.name.invalid", MAX_NAME);
		}
		return trimmed;
	}

	public static String description(String description) {
		String trimmed = description == null ? "" : description.strip();
		if (trimmed.length() > MAX_DESCRIPTION) {
			throw CatalogRefusal.invalid("description", "catalog.description.too-long", MAX_DESCRIPTION);
		}
		return trimmed.isEmpty() ? null : trimmed;
	}

	public static ProductType type(String type) {
		try {
			return ProductType.valueOf(type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw CatalogRefusal.invalid("type", "catalog.type.invalid", type);
		}
	}

	public static String currency(String code) {
		String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		try {
			if (upper.length() == 3) {
				return Currency.getInstance(upper).getCurrencyCode();
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the refusal
		}
		throw CatalogRefusal.invalid("currency", "catalog.currency.invalid", code);
	}

	public static String provisioning(String module) {
		if (module == null || module.isBlank()) {
			return "manual";
		}
		String trimmed = module.strip();
		if (!PROVISIONING.matcher(trimmed).matches()) {
			throw CatalogRefusal.invalid("provisioning", "catalog.provisioning.invalid", module);
		}
		return trimmed;
	}

	public static BillingCycle cycle(String cycle) {
		try {
			return BillingCycle.valueOf(cycle == null ? "" : cycle.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw CatalogRefusal.invalid("prices", "catalog.cycle.invalid", cycle);
		}
	}

	/**
	 * Cycle names to amounts ("50.00"); blank amounts are skipped (a form's empty box).
	 */
	public static Map<BillingCycle, Money> prices(Map<String, String> raw, String currency) {
		Map<BillingCycle, Money> prices = new EnumMap<>(BillingCycle.class);
		if (raw != null) {
			raw.forEach((cycle, amount) -> {
				if (amount != null && !amount.isBlank()) {
					prices.put(cycle(cycle), price(amount, currency));
				}
			});
		}
		return prices;
	}

	public static Money price(String amount, String currency) {
		BigDecimal value;
		try {
			value = new BigDecimal(amount.strip());
		}
		catch (NumberFormatException ex) {
			throw CatalogRefusal.invalid("prices", "catalog.price.invalid", amount);
		}
		int minorDigits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
		if (value.signum() < 0 || value.compareTo(MAX_PRICE) > 0 || value.stripTrailingZeros().scale() > minorDigits) {
			throw CatalogRefusal.invalid("prices", "catalog.price.invalid", amount);
		}
		return Money.of(value, currency);
	}

}
