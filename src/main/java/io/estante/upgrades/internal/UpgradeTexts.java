package io.estante.upgrades.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.estante.shared.BillingCycle;

/**
 * Texts the upgrade writes into other modules' records (invoice lines, cancellation
 * reasons), in the language of the request being served.
 */
@Component
class UpgradeTexts {

	private final MessageSource messages;

	UpgradeTexts(MessageSource messages) {
		this.messages = messages;
	}

	String invoiceLine(String service, String from, String to, BillingCycle cycle) {
		String cycleName = messages.getMessage("catalog.cycle." + cycle.name(), null, cycle.name(),
				LocaleContextHolder.getLocale());
		return messages.getMessage("upgrades.invoice.line", new Object[] { service, from, to, cycleName },
				LocaleContextHolder.getLocale());
	}

	String replacedReason() {
		return messages.getMessage("upgrades.invoice.replaced", null, LocaleContextHolder.getLocale());
	}

}
