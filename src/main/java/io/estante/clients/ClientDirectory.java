package io.estante.clients;

import java.util.Optional;

/** Read access to clients for other modules (alerts, transfers, billing pages). */
public interface ClientDirectory {

	Optional<ClientContact> contact(long clientId);

	Optional<ClientContact> contactByEmail(String email);

	/**
	 * The client whose phone is this number in any of its WhatsApp forms (see
	 * {@link PhoneNumber#matchKey()}).
	 */
	Optional<ClientContact> contactByPhone(PhoneNumber phone);

	boolean exists(long clientId);

}
