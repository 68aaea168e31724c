package io.estante.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.estante.billing.InvoiceDraft;
import io.estante.billing.InvoiceLine;
import io.estante.billing.LineKind;
import io.estante.shared.Money;

/**
 * Money on invoices: each line rounded once to the minor unit, the total their exact sum.
 */
class DraftRulesTests {

	static final LocalDate DUE = LocalDate.of(2027, 3, 1);

	static InvoiceLine line(Money amount) {
		return InvoiceLine.of(LineKind.OTHER, "Cargo", amount);
	}

	@Test
	void eachLineIsRoundedOnceAndTheTotalIsTheirExactSum() {
		// 3 x 33.335 would total 100.005 if summed unrounded, 100.01 rounded at the end;
		// rounding each line once (HALF_UP) gives 33.34 each, 100.02 in all.
		Money third = Money.of("33.335", "ARS");
		assertThat(third.plain()).isEqualTo("33.34");
		var checked = DraftRules.check(new InvoiceDraft(1, "ARS", DUE, List.of(line(third), line(third), line(third))));
		assertThat(checked.total()).isEqualTo(Money.of("100.02", "ARS"));
		assertThat(Money.of("10", "ARS").scaled(1, 3).plain()).isEqualTo("3.33");
	}

	@Test
	void creditLinesReduceTheTotalButNeverBelowZero() {
		var checked = DraftRules.check(
				new InvoiceDraft(1, "ars", DUE, List.of(line(Money.of("100", "ARS")), new InvoiceLine(LineKind.CREDIT,
						"Saldo del plan anterior", Money.of("-40.50", "ARS"), null, null, null, null))));
		assertThat(checked.currency()).isEqualTo("ARS");
		assertThat(checked.total()).isEqualTo(Money.of("59.50", "ARS"));
		assertThatThrownBy(
				() -> DraftRules.check(new InvoiceDraft(1, "ARS", DUE, List.of(line(Money.of("-1", "ARS"))))))
			.isInstanceOf(BillingRefusal.class)
			.hasMessage("billing.draft.negative-total");
	}

	@Test
	void refusesDraftsWithoutLinesDatesClientOrInAnotherCurrency() {
		assertThatThrownBy(() -> DraftRules.check(new InvoiceDraft(1, "ARS", DUE, List.of())))
			.hasMessage("billing.draft.lines-count");
		assertThatThrownBy(
				() -> DraftRules.check(new InvoiceDraft(1, "ARS", null, List.of(line(Money.of("1", "ARS"))))))
			.hasMessage("billing.draft.due-date-required");
		assertThatThrownBy(() -> DraftRules.check(new InvoiceDraft(0, "ARS", DUE, List.of(line(Money.of("1", "ARS"))))))
			.hasMessage("billing.draft.client-required");
		assertThatThrownBy(() -> DraftRules.check(new InvoiceDraft(1, "ARS", DUE, List.of(line(Money.of("1", "USD"))))))
			.hasMessage("billing.draft.line-currency");
		assertThatThrownBy(
				() -> DraftRules.check(new InvoiceDraft(1, "PESO", DUE, List.of(line(Money.of("1", "ARS"))))))
			.hasMessage("billing.currency.invalid");
		assertThatThrownBy(() -> DraftRules
			.check(new InvoiceDraft(1, "ARS", DUE, List.of(InvoiceLine.of(LineKind.OTHER, " ", Money.of("1", "ARS"))))))
			.hasMessage("billing.draft.line-description");
	}

	@Test
	void typedAmountsAreExactOrRefused() {
		assertThat(Amounts.parse("amount", "1500.5", "ARS")).isEqualTo(Money.of("1500.50", "ARS"));
		assertThat(Amounts.parse("amount", "1500", "ars").plain()).isEqualTo("1500.00");
		assertThatThrownBy(() -> Amounts.parse("amount", "1500.505", "ARS")).isInstanceOf(BillingRefusal.class);
		assertThatThrownBy(() -> Amounts.parse("amount", "mil", "ARS")).isInstanceOf(BillingRefusal.class);
		assertThat(InvoiceSearch.normalizedNumber("42")).isEqualTo("00000042");
		assertThat(InvoiceSearch.normalizedNumber(" 00000042 ")).isEqualTo("00000042");
	}

}
