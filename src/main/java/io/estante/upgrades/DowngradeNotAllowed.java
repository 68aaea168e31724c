package io.estante.upgrades;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * A move to a cheaper plan, or to a product with no declared upgrade path. Refused with
 * the manual's explanation: lowering the plan could leave data that does not fit it, so
 * the client cancels (losing everything on the service) and orders the plan it wants.
 */
public class DowngradeNotAllowed extends BusinessException {

	private DowngradeNotAllowed(String messageKey, Object... arguments) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, arguments);
	}

	/** The target costs the same or less than the current plan. */
	public static DowngradeNotAllowed cheaper(String from, String to) {
		return new DowngradeNotAllowed("upgrades.downgrade", from, to);
	}

	/** Staff declared no upgrade path from the current product to the target. */
	public static DowngradeNotAllowed noPath(String from, String to) {
		return new DowngradeNotAllowed("upgrades.no-path", from, to);
	}

}
