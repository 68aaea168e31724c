package io.estante.payments.gateway;

/**
 * The gateway's API could not be reached or refused a call. The message says which call
 * and the HTTP status; it never carries credentials.
 */
public class GatewayFailure extends RuntimeException {

	public GatewayFailure(String message) {
		super(message);
	}

	public GatewayFailure(String message, Throwable cause) {
		super(message, cause);
	}

}
