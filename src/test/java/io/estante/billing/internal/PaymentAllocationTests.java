package io.estante.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.estante.billing.InvoiceStatus;
import io.estante.shared.Money;

/** How a payment splits between the invoice and the client's credit. */
class PaymentAllocationTests {

	static Money ars(String amount) {
		return Money.of(amount, "ARS");
	}

	@Test
	void aPartialPaymentGoesWhollyToTheInvoiceAndDoesNotSettleIt() {
		var split = PaymentAllocation.of(InvoiceStatus.UNPAID, ars("100.00"), ars("40.00"));
		assertThat(split.applied()).isEqualTo(ars("40"));
		assertThat(split.credited().isZero()).isTrue();
		assertThat(split.settles()).isFalse();
	}

	@Test
	void theExactBalanceSettlesTheInvoice() {
		var split = PaymentAllocation.of(InvoiceStatus.UNPAID, ars("99.99"), ars("99.99"));
		assertThat(split.applied()).isEqualTo(ars("99.99"));
		assertThat(split.settles()).isTrue();
		assertThat(split.credited().isZero()).isTrue();
	}

	@Test
	void theExcessBeyondTheBalanceBecomesCredit() {
		var split = PaymentAllocation.of(InvoiceStatus.UNPAID, ars("60.01"), ars("100.00"));
		assertThat(split.applied()).isEqualTo(ars("60.01"));
		assertThat(split.credited()).isEqualTo(ars("39.99"));
		assertThat(split.settles()).isTrue();
	}

	@Test
	void aPaymentForAPaidOrCancelledInvoiceIsAllCredit() {
		for (InvoiceStatus closed : new InvoiceStatus[] { InvoiceStatus.PAID, InvoiceStatus.CANCELLED }) {
			var split = PaymentAllocation.of(closed, ars("0"), ars("25.50"));
			assertThat(split.applied().isZero()).isTrue();
			assertThat(split.credited()).isEqualTo(ars("25.50"));
			assertThat(split.settles()).isFalse();
		}
	}

	@Test
	void refusesNonPositivePayments() {
		assertThatThrownBy(() -> PaymentAllocation.of(InvoiceStatus.UNPAID, ars("1"), ars("0")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PaymentAllocation.of(InvoiceStatus.UNPAID, ars("1"), ars("-1")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void invoiceStatusMovesOnlyFromUnpaid() {
		assertThat(InvoiceStatus.UNPAID.canMoveTo(InvoiceStatus.PAID)).isTrue();
		assertThat(InvoiceStatus.UNPAID.canMoveTo(InvoiceStatus.CANCELLED)).isTrue();
		assertThat(InvoiceStatus.UNPAID.canMoveTo(InvoiceStatus.UNPAID)).isFalse();
		for (InvoiceStatus end : new InvoiceStatus[] { InvoiceStatus.PAID, InvoiceStatus.CANCELLED }) {
			for (InvoiceStatus next : InvoiceStatus.values()) {
				assertThat(end.canMoveTo(next)).isFalse();
			}
		}
	}

}
