package io.estante.transfers.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.estante.billing.InvoiceSummary;
import io.estante.clients.ClientContact;
import io.estante.services.ServiceStatus;
import io.estante.services.ServiceView;
import io.estante.transfers.TransferCondition;
import io.estante.transfers.TransferRefused.Unmet;

/**
 * The manual's conditions, all checked at once so the client learns everything that is
 * missing in one answer. Pure: the facts are read by the caller (with the service row
 * locked when the transfer is carried out).
 */
public final class TransferRules {

	private TransferRules() {
	}

	/**
	 * What is known when a request starts or is carried out. {@code destination} is empty
	 * when no client has the e-mail; {@code otherOpenTransfer}: another request for this
	 * service is waiting.
	 */
	public record Facts(long originId, Optional<ClientContact> origin, Optional<ClientContact> destination,
			ServiceView service, List<InvoiceSummary> unpaidInvoices, boolean otherOpenTransfer) {
	}

	public static List<Unmet> unmet(Facts facts) {
		List<Unmet> unmet = new ArrayList<>();
		if (facts.service().clientId() != facts.originId()) {
			unmet.add(Unmet.of(TransferCondition.ORIGIN_NO_LONGER_OWNER));
		}
		if (facts.origin().map(c -> !c.verified()).orElse(true)) {
			unmet.add(Unmet.of(TransferCondition.ORIGIN_NOT_VERIFIED));
		}
		if (facts.destination().isEmpty()) {
			unmet.add(Unmet.of(TransferCondition.DESTINATION_UNKNOWN));
		}
		else if (facts.destination().get().clientId() == facts.originId()) {
			unmet.add(Unmet.of(TransferCondition.DESTINATION_IS_ORIGIN));
		}
		else if (!facts.destination().get().verified()) {
			unmet.add(Unmet.of(TransferCondition.DESTINATION_NOT_VERIFIED));
		}
		if (facts.service().status() != ServiceStatus.ACTIVE) {
			unmet.add(Unmet.of(TransferCondition.SERVICE_NOT_ACTIVE, facts.service().status().name()));
		}
		if (!facts.unpaidInvoices().isEmpty()) {
			unmet.add(Unmet.of(TransferCondition.UNPAID_INVOICES,
					String.join(", ", facts.unpaidInvoices().stream().map(InvoiceSummary::number).toList())));
		}
		if (facts.otherOpenTransfer()) {
			unmet.add(Unmet.of(TransferCondition.ANOTHER_TRANSFER_OPEN));
		}
		return List.copyOf(unmet);
	}

}
