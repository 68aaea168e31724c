package io.estante.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.estante.billing.InvoiceStatus;
import io.estante.billing.InvoiceSummary;
import io.estante.billing.PaymentOutcome;
import io.estante.shared.Money;

/** When a confirmed gateway payment may be recorded, and what recording it means. */
class SettlementRulesTests {

	static InvoiceSummary invoice(InvoiceStatus status, String total, String balance) {
		return new InvoiceSummary(7, "00000007", 3, status, Money.of(total, "ARS"), Money.of(balance, "ARS"),
				LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 15), List.of());
	}

	@Test
	void anAmountAskedByACheckoutIsAccepted() {
		var unpaid = invoice(InvoiceStatus.UNPAID, "100.00", "60.00");
		assertThat(SettlementRules.refusal(unpaid, Money.of("100.00", "ARS"), List.of(Money.of("100.00", "ARS"))))
			.isEmpty();
		assertThat(SettlementRules.refusal(unpaid, Money.of("60.00", "ARS"),
				List.of(Money.of("100.00", "ARS"), Money.of("60.00", "ARS"))))
			.isEmpty();
	}

	@Test
	void anAmountNoCheckoutAskedForIsRefused() {
		var unpaid = invoice(InvoiceStatus.UNPAID, "100.00", "100.00");
		assertThat(SettlementRules.refusal(unpaid, Money.of("99.99", "ARS"), List.of(Money.of("100.00", "ARS"))))
			.contains(FlagReason.AMOUNT_MISMATCH);
		assertThat(SettlementRules.refusal(unpaid, Money.of("100.01", "ARS"), List.of(Money.of("100.00", "ARS"))))
			.contains(FlagReason.AMOUNT_MISMATCH);
	}

	@Test
	void withoutACheckoutTheBalanceOfAnUnpaidInvoiceOrTheTotalOfAClosedOneIsExpected() {
		assertThat(SettlementRules.refusal(invoice(InvoiceStatus.UNPAID, "100.00", "40.00"), Money.of("40.00", "ARS"),
				List.of()))
			.isEmpty();
		assertThat(SettlementRules.refusal(invoice(InvoiceStatus.UNPAID, "100.00", "40.00"), Money.of("100.00", "ARS"),
				List.of()))
			.contains(FlagReason.AMOUNT_MISMATCH);
		assertThat(SettlementRules.refusal(invoice(InvoiceStatus.PAID, "100.00", "0.00"), Money.of("100.00", "ARS"),
				List.of()))
			.isEmpty();
	}

	@Test
	void anotherCurrencyOrNoInvoiceIsRefused() {
		var unpaid = invoice(InvoiceStatus.UNPAID, "100.00", "100.00");
		assertThat(SettlementRules.refusal(unpaid, Money.of("100.00", "USD"), List.of(Money.of("100.00", "ARS"))))
			.contains(FlagReason.CURRENCY_MISMATCH);
		assertThat(SettlementRules.refusal(null, Money.of("100.00", "ARS"), List.of()))
			.contains(FlagReason.UNKNOWN_INVOICE);
	}

	@Test
	void aReplayChangesNothingAndCreditIsForStaffToSee() {
		Money zero = Money.of("0", "ARS");
		assertThat(SettlementRules.after(new PaymentOutcome(1, true, InvoiceStatus.PAID, zero, zero)))
			.isEqualTo(Outcome.DUPLICATE);
		assertThat(SettlementRules.after(new PaymentOutcome(1, false, InvoiceStatus.PAID, zero, zero)))
			.isEqualTo(Outcome.APPLIED);
		assertThat(SettlementRules.after(new PaymentOutcome(1, false, InvoiceStatus.PAID, zero, Money.of("5", "ARS"))))
			.isEqualTo(Outcome.CREDITED);
	}

	@Test
	void onlyAPlainNumberIsAnInvoiceReference() {
		assertThat(SettlementRules.invoiceId("42")).isEqualTo(42L);
		assertThat(SettlementRules.invoiceId(" 42 ")).isEqualTo(42L);
		assertThat(Optional.ofNullable(SettlementRules.invoiceId("42; drop"))).isEmpty();
		assertThat(Optional.ofNullable(SettlementRules.invoiceId(null))).isEmpty();
		assertThat(Optional.ofNullable(SettlementRules.invoiceId("99999999999999999999"))).isEmpty();
	}

}
