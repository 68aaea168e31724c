package io.estante.transfers;

import java.util.Map;

import io.estante.shared.notices.ClientNotice;

/**
 * The alert of a completed transfer, one for each side: {@code counterpart} is the other
 * client as "name (e-mail)". Keyed by the transfer and the client, so each side is told
 * once.
 */
public record TransferNotice(long clientId, long transferId, long serviceId, String label, String counterpart,
		boolean origin) implements ClientNotice {

	@Override
	public String moment() {
		return "service-transferred";
	}

	@Override
	public Map<String, Object> values() {
		return Map.of("service", label, "serviceId", serviceId, "counterpart", counterpart, "transferId", transferId,
				"link", "/client/transfers/" + transferId);
	}

}
