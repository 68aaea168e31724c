package io.estante.clients;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Read access to clients for other modules (alerts, transfers, billing pages). */
public interface ClientDirectory {

	Optional<ClientContact> contact(long clientId);

	/**
	 * The contacts of these clients, by id (unknown ids are left out); one query per
	 * 1,000.
	 */
	Map<Long, ClientContact> contacts(Collection<Long> clientIds);

	Optional<ClientContact> contactByEmail(String email);

	/**
	 * The client whose phone is this number in any of its WhatsApp forms (see
	 * {@link PhoneNumber#matchKey()}).
	 */
	Optional<ClientContact> contactByPhone(PhoneNumber phone);

	boolean exists(long clientId);

}
