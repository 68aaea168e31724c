package io.estante.upgrades;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * Another upgrade of the same service is being requested or applied at this moment; the
 * client may try again (409).
 */
public class UpgradeInProgress extends BusinessException {

	public UpgradeInProgress(String messageKey, Object... arguments) {
		super(HttpStatus.CONFLICT, messageKey, arguments);
	}

}
