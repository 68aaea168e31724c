package io.estante.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one currency, always held at the currency's minor unit (two decimals for
 * ARS and USD). Rounding happens once, here, HALF_UP; arithmetic between currencies is
 * refused.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		amount = amount.setScale(scaleOf(currency), RoundingMode.HALF_UP);
	}

	public static Money of(String amount, String currency) {
		return new Money(new BigDecimal(amount), Currency.getInstance(currency));
	}

	public static Money of(BigDecimal amount, String currency) {
		return new Money(amount, Currency.getInstance(currency));
	}

	public static Money zero(Currency currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	public Money plus(Money other) {
		return new Money(amount.add(sameCurrency(other).amount), currency);
	}

	public Money minus(Money other) {
		return new Money(amount.subtract(sameCurrency(other).amount), currency);
	}

	/** Multiplies by an exact factor and rounds the result once to the minor unit. */
	public Money times(BigDecimal factor) {
		return new Money(amount.multiply(factor), currency);
	}

	/** Scales by numerator/denominator with a single rounding (used for proration). */
	public Money scaled(long numerator, long denominator) {
		if (denominator == 0) {
			throw new IllegalArgumentException("denominator is zero");
		}
		BigDecimal exact = amount.multiply(BigDecimal.valueOf(numerator))
			.divide(BigDecimal.valueOf(denominator), scaleOf(currency) + 6, RoundingMode.HALF_UP);
		return new Money(exact, currency);
	}

	public Money negate() {
		return new Money(amount.negate(), currency);
	}

	public boolean isPositive() {
		return amount.signum() > 0;
	}

	public boolean isZero() {
		return amount.signum() == 0;
	}

	public boolean isNegative() {
		return amount.signum() < 0;
	}

	public Money max(Money other) {
		return compareTo(other) >= 0 ? this : other;
	}

	public String currencyCode() {
		return currency.getCurrencyCode();
	}

	/**
	 * The amount as the API writes it: a plain string with the minor-unit decimals
	 * ("50.00").
	 */
	public String plain() {
		return amount.toPlainString();
	}

	@Override
	public int compareTo(Money other) {
		return amount.compareTo(sameCurrency(other).amount);
	}

	@Override
	public String toString() {
		return plain() + " " + currency.getCurrencyCode();
	}

	private Money sameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("Currency mismatch: " + currency + " vs " + other.currency);
		}
		return other;
	}

	private static int scaleOf(Currency currency) {
		int digits = currency.getDefaultFractionDigits();
		return digits < 0 ? 2 : digits;
	}

}
