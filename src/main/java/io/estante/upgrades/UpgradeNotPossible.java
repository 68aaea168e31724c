package io.estante.upgrades;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * An upgrade that cannot be made as asked (the service is not Active, the cycle is not
 * sold, nothing would be due, …); the message key says why.
 */
public class UpgradeNotPossible extends BusinessException {

	public UpgradeNotPossible(String messageKey, Object... arguments) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, arguments);
	}

}
