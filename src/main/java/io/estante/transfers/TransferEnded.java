package io.estante.transfers;

import java.util.Map;

import io.estante.shared.notices.ClientNotice;

/**
 * The alert of a transfer request that ended without the service moving, to each side
 * that did not end it itself. {@code reason} is a code notifications words in the
 * client's language: {@code transfer-expired}, {@code transfer-withdrawn},
 * {@code transfer-conditions} (a condition no longer held when it was to be carried out)
 * or {@code transfer-rejected: <staff's reason>}. Keyed by the request and the client, so
 * each side is told once.
 */
public record TransferEnded(long clientId, long transferId, long serviceId, String label, String reason,
		boolean origin) implements ClientNotice {

	@Override
	public String moment() {
		return "transfer-ended";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("service", label, "serviceId", serviceId, "transferId", transferId, "reason", reason, "link",
				"/client/transfers/" + transferId);
	}

}
