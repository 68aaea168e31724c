package io.estante.clients.web;

import io.estante.clients.EmailAlreadyUsed;
import io.estante.clients.InvalidPhoneNumber;
import io.estante.clients.WeakPassword;
import io.estante.shared.BusinessException;

/** Which form field a refusal of the clients module belongs next to. */
final class FormFields {

	private FormFields() {
	}

	static String of(BusinessException ex) {
		if (ex instanceof EmailAlreadyUsed || ex.messageKey().startsWith("clients.email")) {
			return "email";
		}
		if (ex instanceof WeakPassword) {
			return "password";
		}
		if (ex instanceof InvalidPhoneNumber) {
			return "phone";
		}
		if (ex.messageKey().startsWith("clients.name")) {
			return "firstName";
		}
		if (ex.messageKey().startsWith("clients.language")) {
			return "language";
		}
		return "form";
	}

}
