package io.estante.billing.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every billing page needs: the company's time zone, so moments (payments, paid at)
 * show in its local time ({@code ${p.recordedAt.atZone(zone)}}).
 */
@ControllerAdvice(assignableTypes = { ClientInvoiceController.class, AdminInvoiceController.class,
		AdminNewInvoiceController.class })
class BillingPageModel {

	private final Clock clock;

	BillingPageModel(Clock clock) {
		this.clock = clock;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return clock.getZone();
	}

}
