package io.estante.billing.internal;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * A billing request refused, naming the field at fault (forms show it inline, the API
 * lists it): bad drafts and amounts (400), a state that forbids the action (409), a rule
 * (422).
 */
public class BillingRefusal extends BusinessException {

	private final String field;

	public BillingRefusal(HttpStatus status, String field, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
		this.field = field;
	}

	public static BillingRefusal invalid(String field, String messageKey, Object... arguments) {
		return new BillingRefusal(HttpStatus.BAD_REQUEST, field, messageKey, arguments);
	}

	static BillingRefusal conflict(String messageKey, Object... arguments) {
		return new BillingRefusal(HttpStatus.CONFLICT, "form", messageKey, arguments);
	}

	static BillingRefusal unprocessable(String field, String messageKey, Object... arguments) {
		return new BillingRefusal(HttpStatus.UNPROCESSABLE_CONTENT, field, messageKey, arguments);
	}

	public String field() {
		return field;
	}

}
