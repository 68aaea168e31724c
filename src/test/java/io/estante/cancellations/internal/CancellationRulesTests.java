package io.estante.cancellations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.estante.billing.InvoiceLine;
import io.estante.billing.InvoiceStatus;
import io.estante.billing.InvoiceSummary;
import io.estante.billing.LineKind;
import io.estante.cancellations.CancellationType;
import io.estante.services.ServiceStatus;
import io.estante.services.ServiceView;
import io.estante.shared.BillingCycle;
import io.estante.shared.Money;

/**
 * Which unpaid invoices a cancellation drops (renewals from the next due date on, the
 * order of a service that never started; never the current period's, never another
 * service's charge) and how request types are read.
 */
class CancellationRulesTests {

	static final LocalDate START = LocalDate.of(2027, 3, 1);

	static final LocalDate DUE = LocalDate.of(2027, 4, 1);

	static ServiceView service(long id, ServiceStatus status) {
		return new ServiceView(id, 7, 3, "Hosting", BillingCycle.MONTHLY, status, START, DUE, Money.of("100.00", "ARS"),
				true);
	}

	static InvoiceSummary invoice(InvoiceLine... lines) {
		Money total = Money.of("100.00", "ARS");
		return new InvoiceSummary(1, "A-1", 7, InvoiceStatus.UNPAID, total, total, START, START, List.of(lines));
	}

	static InvoiceLine line(LineKind kind, Long serviceId, LocalDate start) {
		return new InvoiceLine(kind, "x", Money.of("100.00", "ARS"), serviceId, start,
				start == null ? null : start.plusMonths(1), null);
	}

	@Test
	void theRenewalOfTheNextPeriodIsDroppedTheCurrentOneStaysPayable() {
		ServiceView s = service(5, ServiceStatus.ACTIVE);
		assertThat(RenewalInvoices.notNeeded(invoice(line(LineKind.RENEWAL, 5L, DUE)), s)).isTrue();
		assertThat(RenewalInvoices.notNeeded(invoice(line(LineKind.RENEWAL, 5L, DUE.plusMonths(1))), s)).isTrue();
		assertThat(RenewalInvoices.notNeeded(invoice(line(LineKind.RENEWAL, 5L, START)), s)).isFalse();
	}

	@Test
	void anInvoiceThatAlsoChargesAnotherServiceOrIsNotARenewalIsLeftAlone() {
		ServiceView s = service(5, ServiceStatus.ACTIVE);
		assertThat(
				RenewalInvoices.notNeeded(invoice(line(LineKind.RENEWAL, 5L, DUE), line(LineKind.RENEWAL, 6L, DUE)), s))
			.isFalse();
		assertThat(RenewalInvoices.notNeeded(invoice(line(LineKind.UPGRADE, 5L, null)), s)).isFalse();
		assertThat(RenewalInvoices.notNeeded(invoice(line(LineKind.OTHER, null, null)), s)).isFalse();
		assertThat(
				RenewalInvoices.notNeeded(invoice(line(LineKind.RENEWAL, 5L, DUE), line(LineKind.TAX, null, null)), s))
			.isTrue();
	}

	@Test
	void theOrderIsDroppedOnlyWhileTheServiceNeverStarted() {
		assertThat(
				RenewalInvoices.notNeeded(invoice(line(LineKind.ORDER, 5L, START)), service(5, ServiceStatus.PENDING)))
			.isTrue();
		assertThat(
				RenewalInvoices.notNeeded(invoice(line(LineKind.ORDER, 5L, START)), service(5, ServiceStatus.ACTIVE)))
			.isFalse();
	}

	@Test
	void typesAreReadInAnyCaseAndAnythingElseIsRefusedOnTheTypeField() {
		assertThat(CancellationManagement.type("immediate")).isEqualTo(CancellationType.IMMEDIATE);
		assertThat(CancellationManagement.type(" end-of-period ")).isEqualTo(CancellationType.END_OF_PERIOD);
		assertThatThrownBy(() -> CancellationManagement.type("someday"))
			.isInstanceOfSatisfying(CancellationRefusal.class, ex -> assertThat(ex.field()).isEqualTo("type"));
		assertThatThrownBy(() -> CancellationManagement.type(" ")).isInstanceOf(CancellationRefusal.class)
			.hasMessage("cancellations.type.required");
	}

}
