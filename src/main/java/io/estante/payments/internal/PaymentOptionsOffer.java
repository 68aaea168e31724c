package io.estante.payments.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.estante.billing.InvoiceStatus;
import io.estante.billing.InvoiceSummary;
import io.estante.billing.PaymentOptions;

/**
 * What billing's invoice page offers on an unpaid invoice: a Pay button per enabled
 * gateway, then the bank-transfer instructions when staff wrote them.
 */
@Component
class PaymentOptionsOffer implements PaymentOptions {

	private final Gateways gateways;

	private final PaymentsProperties properties;

	PaymentOptionsOffer(Gateways gateways, PaymentsProperties properties) {
		this.gateways = gateways;
		this.properties = properties;
	}

	@Override
	public List<PaymentOption> forInvoice(InvoiceSummary invoice) {
		if (invoice.status() != InvoiceStatus.UNPAID) {
			return List.of();
		}
		List<PaymentOption> options = new ArrayList<>();
		gateways.enabled()
			.forEach(g -> options.add(new PaymentOption(g.name(), g.label(),
					"/client/invoices/" + invoice.invoiceId() + "/payments/" + g.name(), null)));
		if (properties.bankTransfer().enabled()) {
			options.add(new PaymentOption("bank-transfer", null, null, properties.bankTransfer().instructions()));
		}
		return options;
	}

}
