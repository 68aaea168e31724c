package io.estante.transfers.internal;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * A confirmation whose text is not the request's: it must be identical. A near miss (it
 * names the service and both e-mails) says where it first differs.
 */
public class MessageMismatch extends BusinessException {

	private MessageMismatch(String key, Object... arguments) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, key, arguments);
	}

	static MessageMismatch of(Transfer t, String received, String originEmail, String destinationEmail) {
		if (TransferText.nearMiss(received, t.serviceLabel(), originEmail, destinationEmail)) {
			return new MessageMismatch("transfers.message.near-miss", t.id(),
					TransferText.firstDifference(t.message(), received));
		}
		return new MessageMismatch("transfers.message.mismatch", t.id());
	}

}
