package io.estante.upgrades.internal;

import static io.estante.shared.BillingCycle.ANNUALLY;
import static io.estante.shared.BillingCycle.BIENNIALLY;
import static io.estante.shared.BillingCycle.MONTHLY;
import static io.estante.shared.BillingCycle.QUARTERLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.estante.shared.BillingCycle;
import io.estante.shared.Money;
import io.estante.upgrades.UpgradeNotPossible;
import io.estante.upgrades.UpgradePolicy;

/**
 * The amounts of both policies, organised by cycle, on a fixed clock. The manual's
 * example: paid 100 for an annual plan, halfway through the year moves to the 150 annual
 * plan: 50.00 by difference, 25.00 prorated.
 */
class UpgradePricingTests {

	static final ZoneId ZONE = ZoneId.of("America/Argentina/Buenos_Aires");

	static final UpgradePricing DIFFERENCE = new UpgradePricing(UpgradePolicy.DIFFERENCE);

	static final UpgradePricing PRORATED = new UpgradePricing(UpgradePolicy.PRORATED);

	static LocalDate on(String day) {
		Clock fixed = Clock.fixed(LocalDate.parse(day).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
		return LocalDate.now(fixed);
	}

	static CurrentPeriod period(BillingCycle cycle, String start, String paid) {
		LocalDate first = LocalDate.parse(start);
		return new CurrentPeriod(cycle, first, cycle.periodEnd(first), Money.of(paid, "ARS"));
	}

	static Money ars(String amount) {
		return Money.of(amount, "ARS");
	}

	/** 2027-03-01 to 2028-03-01 has 366 days (29 Feb 2028): its half is exactly 183. */
	@Nested
	class Annually {

		final CurrentPeriod paid100 = period(ANNUALLY, "2027-03-01", "100");

		@Test
		void theManualsExampleByDifferenceIs50AndKeepsTheDueDate() {
			UpgradeQuote quote = DIFFERENCE.quote(paid100, ars("150"), ANNUALLY, on("2027-08-31"));
			assertThat(quote.amountDue()).isEqualTo(ars("50.00"));
			assertThat(quote.amountDue().plain()).isEqualTo("50.00");
			assertThat(quote.periodChange()).isEqualTo(PeriodChange.KEEP);
			assertThat(quote.nextDueDate()).isEqualTo(LocalDate.parse("2028-03-01"));
			assertThat(quote.periodValue()).isEqualTo(ars("150"));
		}

		@Test
		void theManualsExampleProratedIs25() {
			assertThat(paid100.daysLeft(on("2027-08-31"))).isEqualTo(183);
			UpgradeQuote quote = PRORATED.quote(paid100, ars("150"), ANNUALLY, on("2027-08-31"));
			assertThat(quote.amountDue().plain()).isEqualTo("25.00");
			assertThat(quote.periodChange()).isEqualTo(PeriodChange.KEEP);
			assertThat(quote.nextDueDate()).isEqualTo(LocalDate.parse("2028-03-01"));
		}

		@Test
		void byDifferenceTheDayDoesNotMatter() {
			for (String day : new String[] { "2027-03-01", "2027-11-20", "2028-02-29" }) {
				assertThat(DIFFERENCE.quote(paid100, ars("150"), ANNUALLY, on(day)).amountDue()).isEqualTo(ars("50"));
			}
		}

		@Test
		void proratedOnTheFirstDayIsTheWholeDifferenceAndOnTheLastDayOneDaysWorth() {
			assertThat(PRORATED.quote(paid100, ars("150"), ANNUALLY, on("2027-03-01")).amountDue())
				.isEqualTo(ars("50.00"));
			// 50 × 1 / 366 = 0.1366…
			assertThat(PRORATED.quote(paid100, ars("150"), ANNUALLY, on("2028-02-29")).amountDue())
				.isEqualTo(ars("0.14"));
		}

		@Test
		void inA365DayYearHalfwayFallsBetweenTwoDaysAndRoundsOnceHalfUp() {
			CurrentPeriod year = period(ANNUALLY, "2026-01-01", "100");
			// 50 × 183 / 365 = 25.068…, 50 × 182 / 365 = 24.931…
			assertThat(PRORATED.quote(year, ars("150"), ANNUALLY, on("2026-07-02")).amountDue())
				.isEqualTo(ars("25.07"));
			assertThat(PRORATED.quote(year, ars("150"), ANNUALLY, on("2026-07-03")).amountDue())
				.isEqualTo(ars("24.93"));
		}

		@Test
		void whatWasPaidCountsNotTheListPrice() {
			CurrentPeriod discounted = period(ANNUALLY, "2027-03-01", "80");
			assertThat(DIFFERENCE.quote(discounted, ars("150"), ANNUALLY, on("2027-08-31")).amountDue())
				.isEqualTo(ars("70"));
			assertThat(PRORATED.quote(discounted, ars("150"), ANNUALLY, on("2027-08-31")).amountDue())
				.isEqualTo(ars("35"));
		}

	}

	@Nested
	class Monthly {

		/** 31 Jan + 1 month = 28 Feb: a 28-day period. */
		final CurrentPeriod paid10 = period(MONTHLY, "2027-01-31", "10");

		@Test
		void periodEndsOnTheMonthsLastDayWhenTheDayDoesNotExist() {
			assertThat(paid10.end()).isEqualTo(LocalDate.parse("2027-02-28"));
			assertThat(paid10.days()).isEqualTo(28);
		}

		@Test
		void byDifferenceIsThePriceDifference() {
			UpgradeQuote quote = DIFFERENCE.quote(paid10, ars("20"), MONTHLY, on("2027-02-14"));
			assertThat(quote.amountDue()).isEqualTo(ars("10.00"));
			assertThat(quote.nextDueDate()).isEqualTo(LocalDate.parse("2027-02-28"));
		}

		@Test
		void proratedScalesByTheDaysLeft() {
			// 10 × 14 / 28
			assertThat(PRORATED.quote(paid10, ars("20"), MONTHLY, on("2027-02-14")).amountDue()).isEqualTo(ars("5.00"));
			// 10 × 1 / 28 = 0.357…
			assertThat(PRORATED.quote(paid10, ars("20"), MONTHLY, on("2027-02-27")).amountDue()).isEqualTo(ars("0.36"));
		}

	}

	@Nested
	class Quarterly {

		/** 1 Jan to 1 Apr 2027: 90 days. */
		final CurrentPeriod paid30 = period(QUARTERLY, "2027-01-01", "30");

		@Test
		void byDifference() {
			assertThat(DIFFERENCE.quote(paid30, ars("45"), QUARTERLY, on("2027-02-15")).amountDue())
				.isEqualTo(ars("15.00"));
		}

		@Test
		void proratedHalfLeft() {
			assertThat(paid30.daysLeft(on("2027-02-15"))).isEqualTo(45);
			assertThat(PRORATED.quote(paid30, ars("45"), QUARTERLY, on("2027-02-15")).amountDue())
				.isEqualTo(ars("7.50"));
		}

		@Test
		void proratedThirdsRoundOnceToTheCent() {
			CurrentPeriod odd = period(QUARTERLY, "2027-01-01", "33.33");
			// (50 − 33.33) × 30 / 90 = 5.5566…
			assertThat(PRORATED.quote(odd, ars("50"), QUARTERLY, on("2027-03-02")).amountDue()).isEqualTo(ars("5.56"));
		}

	}

	@Nested
	class CycleChanges {

		final CurrentPeriod monthly10 = period(MONTHLY, "2027-01-01", "10");

		final CurrentPeriod annual100 = period(ANNUALLY, "2027-03-01", "100");

		@Test
		void byDifferenceTheCurrentPeriodIsRepricedInTheNewCycleFromItsFirstDay() {
			UpgradeQuote quote = DIFFERENCE.quote(monthly10, ars("150"), ANNUALLY, on("2027-01-20"));
			assertThat(quote.amountDue()).isEqualTo(ars("140.00"));
			assertThat(quote.cycle()).isEqualTo(ANNUALLY);
			assertThat(quote.periodChange()).isEqualTo(PeriodChange.FROM_CURRENT_START);
			assertThat(quote.nextDueDate()).isEqualTo(LocalDate.parse("2028-01-01"));
			assertThat(quote.newPeriodStart(monthly10.start(), on("2027-01-22")))
				.isEqualTo(LocalDate.parse("2027-01-01"));
		}

		@Test
		void proratedChargesTheNewCyclesPriceLessTheUnusedValueAndStartsANewPeriodWhenApplied() {
			// 150 − 10 × 12 / 31 = 146.129…
			UpgradeQuote quote = PRORATED.quote(monthly10, ars("150"), ANNUALLY, on("2027-01-20"));
			assertThat(quote.amountDue()).isEqualTo(ars("146.13"));
			assertThat(quote.periodChange()).isEqualTo(PeriodChange.FROM_DAY_APPLIED);
			assertThat(quote.nextDueDate()).isEqualTo(LocalDate.parse("2028-01-20"));
			assertThat(quote.newPeriodStart(monthly10.start(), on("2027-01-23")))
				.isEqualTo(LocalDate.parse("2027-01-23"));
			assertThat(quote.periodValue()).isEqualTo(ars("150"));
		}

		@Test
		void proratedFromAnnualToBiennialHalfway() {
			// 250 − 100 × 183 / 366 = 200
			assertThat(PRORATED.quote(annual100, ars("250"), BIENNIALLY, on("2027-08-31")).amountDue())
				.isEqualTo(ars("200.00"));
		}

		@Test
		void proratedToAShorterCycleWorthLessThanTheUnusedValueIsRefused() {
			// 30 − 50 = −20
			assertThatThrownBy(() -> PRORATED.quote(annual100, ars("30"), MONTHLY, on("2027-08-31")))
				.isInstanceOfSatisfying(UpgradeNotPossible.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("upgrades.nothing-to-pay"));
		}

		@Test
		void proratedToAShorterCycleWorthMoreThanTheUnusedValue() {
			// 60 − 100 × 32 / 366 = 51.256… (29 Jan to 1 Mar 2028: 32 days)
			assertThat(PRORATED.quote(annual100, ars("60"), MONTHLY, on("2028-01-29")).amountDue())
				.isEqualTo(ars("51.26"));
		}

		@Test
		void byDifferenceAShorterCycleThatWouldAlreadyHaveEndedIsRefused() {
			assertThatThrownBy(() -> DIFFERENCE.quote(annual100, ars("120"), MONTHLY, on("2027-08-31")))
				.isInstanceOfSatisfying(UpgradeNotPossible.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("upgrades.cycle-too-short"));
		}

		@Test
		void byDifferenceAShorterCycleStillRunningEndsOneNewCycleAfterTheStart() {
			UpgradeQuote quote = DIFFERENCE.quote(annual100, ars("120"), MONTHLY, on("2027-03-15"));
			assertThat(quote.amountDue()).isEqualTo(ars("20"));
			assertThat(quote.nextDueDate()).isEqualTo(LocalDate.parse("2027-04-01"));
		}

	}

	@Nested
	class Refusals {

		final CurrentPeriod annual100 = period(ANNUALLY, "2027-03-01", "100");

		@Test
		void zeroIsNotAnUpgrade() {
			assertThatThrownBy(() -> DIFFERENCE.quote(annual100, ars("100"), ANNUALLY, on("2027-08-31")))
				.isInstanceOfSatisfying(UpgradeNotPossible.class, ex -> {
					assertThat(ex.messageKey()).isEqualTo("upgrades.nothing-to-pay");
					assertThat(ex.arguments()).containsExactly("0.00 ARS", "100.00 ARS");
				});
		}

		@Test
		void lessThanZeroIsNotAnUpgrade() {
			assertThatThrownBy(() -> PRORATED.quote(annual100, ars("90"), ANNUALLY, on("2027-08-31")))
				.isInstanceOf(UpgradeNotPossible.class);
		}

		@Test
		void proratedAmountThatRoundsToZeroIsRefused() {
			CurrentPeriod year = period(ANNUALLY, "2027-03-01", "100");
			// 1 × 1 / 366 = 0.0027… → 0.00
			assertThatThrownBy(() -> PRORATED.quote(year, ars("101"), ANNUALLY, on("2028-02-29")))
				.isInstanceOfSatisfying(UpgradeNotPossible.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("upgrades.nothing-to-pay"));
		}

		@Test
		void aPeriodThatIsOverMustBeRenewedFirst() {
			assertThatThrownBy(() -> DIFFERENCE.quote(annual100, ars("150"), ANNUALLY, on("2028-03-01")))
				.isInstanceOfSatisfying(UpgradeNotPossible.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("upgrades.period-over"));
		}

		@Test
		void pricesInAnotherCurrencyCannotBeCompared() {
			assertThatThrownBy(() -> DIFFERENCE.quote(annual100, Money.of("150", "USD"), ANNUALLY, on("2027-08-31")))
				.isInstanceOfSatisfying(UpgradeNotPossible.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("upgrades.currency-mismatch"));
		}

	}

	@Nested
	class MinorUnits {

		@Test
		void aCurrencyWithoutDecimalsRoundsToWholeUnits() {
			CurrentPeriod year = new CurrentPeriod(ANNUALLY, LocalDate.parse("2026-01-01"),
					LocalDate.parse("2027-01-01"), Money.of("1000", "JPY"));
			// 500 × 183 / 365 = 250.68…
			Money due = PRORATED.quote(year, Money.of("1500", "JPY"), ANNUALLY, on("2026-07-02")).amountDue();
			assertThat(due.plain()).isEqualTo("251");
		}

		@Test
		void halfACentRoundsUp() {
			// 0.01 × 1 / 2 = 0.005 → 0.01 (HALF_UP)
			CurrentPeriod twoDays = new CurrentPeriod(MONTHLY, LocalDate.parse("2027-01-01"),
					LocalDate.parse("2027-01-03"), ars("10.00"));
			assertThat(PRORATED.quote(twoDays, ars("10.01"), MONTHLY, on("2027-01-02")).amountDue())
				.isEqualTo(ars("0.01"));
		}

	}

}
