package io.estante.automation.internal;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * A run that cannot start: a future date, another run in progress, or a scheduled run of
 * a day that already completed.
 */
public class AutomationRefusal extends BusinessException {

	AutomationRefusal(HttpStatus status, String messageKey, Object... arguments) {
		super(status, messageKey, arguments);
	}

	static AutomationRefusal futureDate(Object asOf, Object today) {
		return new AutomationRefusal(HttpStatus.UNPROCESSABLE_CONTENT, "automation.date.future", asOf, today);
	}

	static AutomationRefusal alreadyCompleted(Object asOf) {
		return new AutomationRefusal(HttpStatus.CONFLICT, "automation.run.already-completed", asOf);
	}

	static AutomationRefusal inProgress() {
		return new AutomationRefusal(HttpStatus.CONFLICT, "automation.run.in-progress");
	}

}
