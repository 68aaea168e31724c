package io.estante.payments.internal;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * Refusals of the payments module, each with its message key under {@code payments.*}.
 */
public class PaymentRefusal extends BusinessException {

	PaymentRefusal(HttpStatus status, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
	}

	/** No such gateway, or it has no credentials: nothing to pay with. */
	static PaymentRefusal gatewayOff(String name) {
		return new PaymentRefusal(HttpStatus.NOT_FOUND, "payments.gateway.off", name);
	}

	/** The invoice is paid or cancelled: nothing to pay. */
	static PaymentRefusal notPayable(String number) {
		return new PaymentRefusal(HttpStatus.CONFLICT, "payments.invoice.not-payable", number);
	}

	/** The gateway could not create the checkout: try again later or pay another way. */
	static PaymentRefusal gatewayDown(String label) {
		return new PaymentRefusal(HttpStatus.BAD_GATEWAY, "payments.gateway.down", label);
	}

}
