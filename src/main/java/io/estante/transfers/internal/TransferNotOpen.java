package io.estante.transfers.internal;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;
import io.estante.transfers.TransferStatus;

/** The request is completed, rejected or expired: nothing more can be done to it. */
public class TransferNotOpen extends BusinessException {

	public TransferNotOpen(long transferId, TransferStatus status) {
		super(HttpStatus.CONFLICT, "transfers.not-open." + status.name().toLowerCase(java.util.Locale.ROOT),
				transferId);
	}

}
