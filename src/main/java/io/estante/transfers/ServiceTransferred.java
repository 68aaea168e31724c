package io.estante.transfers;

import java.time.Instant;

/**
 * A service changed hands through a transfer: from now on it, and its future invoices,
 * belong to {@code toClientId}; past invoices and payments stay with
 * {@code fromClientId}. Both clients are told (see {@link TransferNotice}).
 */
public record ServiceTransferred(long transferId, long serviceId, String label, long fromClientId, long toClientId,
		Instant transferredAt) {
}
