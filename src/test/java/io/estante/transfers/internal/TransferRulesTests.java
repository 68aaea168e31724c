package io.estante.transfers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.estante.billing.InvoiceStatus;
import io.estante.billing.InvoiceSummary;
import io.estante.clients.ClientContact;
import io.estante.services.ServiceStatus;
import io.estante.services.ServiceView;
import io.estante.shared.BillingCycle;
import io.estante.shared.Money;
import io.estante.transfers.TransferCondition;
import io.estante.transfers.TransferRefused.Unmet;

/** The manual's conditions, each alone and all at once. */
class TransferRulesTests {

	static final ClientContact ANA = new ClientContact(1, "ana@example.com", "Ana", "Pérez", "+5491155550001", "es",
			true);

	static final ClientContact BETO = new ClientContact(2, "beto@example.com", "Beto", "Gómez", "+5491155550002", "es",
			true);

	static ServiceView service(long owner, ServiceStatus status) {
		return new ServiceView(10, owner, 3, "ana.com.ar", BillingCycle.MONTHLY, status, LocalDate.of(2027, 1, 1),
				LocalDate.of(2027, 2, 1), Money.of("1000.00", "ARS"), true);
	}

	static InvoiceSummary unpaid(String number) {
		return new InvoiceSummary(7, number, 1, InvoiceStatus.UNPAID, Money.of("500.00", "ARS"),
				Money.of("500.00", "ARS"), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 15), List.of());
	}

	static List<TransferCondition> check(ClientContact origin, Optional<ClientContact> destination, ServiceView service,
			List<InvoiceSummary> unpaid, boolean open) {
		return TransferRules
			.unmet(new TransferRules.Facts(1, Optional.ofNullable(origin), destination, service, unpaid, open))
			.stream()
			.map(Unmet::condition)
			.toList();
	}

	@Test
	void allConditionsHold() {
		assertThat(check(ANA, Optional.of(BETO), service(1, ServiceStatus.ACTIVE), List.of(), false)).isEmpty();
	}

	@Test
	void eachConditionFailsAlone() {
		ClientContact anaUnverified = new ClientContact(1, ANA.email(), "Ana", "Pérez", null, "es", false);
		ClientContact betoUnverified = new ClientContact(2, BETO.email(), "Beto", "Gómez", null, "es", false);
		ServiceView active = service(1, ServiceStatus.ACTIVE);
		assertThat(check(anaUnverified, Optional.of(BETO), active, List.of(), false))
			.containsExactly(TransferCondition.ORIGIN_NOT_VERIFIED);
		assertThat(check(ANA, Optional.of(betoUnverified), active, List.of(), false))
			.containsExactly(TransferCondition.DESTINATION_NOT_VERIFIED);
		assertThat(check(ANA, Optional.empty(), active, List.of(), false))
			.containsExactly(TransferCondition.DESTINATION_UNKNOWN);
		assertThat(check(ANA, Optional.of(ANA), active, List.of(), false))
			.containsExactly(TransferCondition.DESTINATION_IS_ORIGIN);
		assertThat(check(ANA, Optional.of(BETO), active, List.of(unpaid("A-0001")), false))
			.containsExactly(TransferCondition.UNPAID_INVOICES);
		assertThat(check(ANA, Optional.of(BETO), active, List.of(), true))
			.containsExactly(TransferCondition.ANOTHER_TRANSFER_OPEN);
		assertThat(check(ANA, Optional.of(BETO), service(2, ServiceStatus.ACTIVE), List.of(), false))
			.containsExactly(TransferCondition.ORIGIN_NO_LONGER_OWNER);
	}

	@Test
	void onlyAnActiveServiceMoves() {
		for (ServiceStatus status : ServiceStatus.values()) {
			List<TransferCondition> unmet = check(ANA, Optional.of(BETO), service(1, status), List.of(), false);
			if (status == ServiceStatus.ACTIVE) {
				assertThat(unmet).isEmpty();
			}
			else {
				assertThat(unmet).as(status.name()).containsExactly(TransferCondition.SERVICE_NOT_ACTIVE);
			}
		}
	}

	@Test
	void everyFailingConditionIsListedWithItsArguments() {
		ClientContact anaUnverified = new ClientContact(1, ANA.email(), "Ana", "Pérez", null, "es", false);
		List<Unmet> unmet = TransferRules.unmet(new TransferRules.Facts(1, Optional.of(anaUnverified), Optional.empty(),
				service(1, ServiceStatus.SUSPENDED), List.of(unpaid("A-0001"), unpaid("A-0002")), true));
		assertThat(unmet).extracting(Unmet::condition)
			.containsExactly(TransferCondition.ORIGIN_NOT_VERIFIED, TransferCondition.DESTINATION_UNKNOWN,
					TransferCondition.SERVICE_NOT_ACTIVE, TransferCondition.UNPAID_INVOICES,
					TransferCondition.ANOTHER_TRANSFER_OPEN);
		assertThat(unmet.get(2).arguments()).containsExactly("SUSPENDED");
		assertThat(unmet.get(3).arguments()).containsExactly("A-0001, A-0002");
	}

	@Test
	void unmetConditionsSurviveStorage() {
		List<Unmet> unmet = List.of(Unmet.of(TransferCondition.UNPAID_INVOICES, "A-0001, A-0002"),
				Unmet.of(TransferCondition.SERVICE_NOT_ACTIVE, "SUSPENDED"),
				Unmet.of(TransferCondition.ORIGIN_NOT_VERIFIED));
		assertThat(Transfers.decode(Transfers.encode(unmet))).isEqualTo(unmet);
		assertThat(Transfers.encode(List.of())).isNull();
		assertThat(Transfers.decode(null)).isEmpty();
	}

}
