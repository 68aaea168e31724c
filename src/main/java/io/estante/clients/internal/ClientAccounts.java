package io.estante.clients.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.estante.clients.ClientContact;
import io.estante.clients.ClientDirectory;
import io.estante.clients.PhoneNumber;
import io.estante.shared.security.AccountDirectory;
import io.estante.shared.security.AccountKind;
import io.estante.shared.security.CurrentUser;
import io.estante.shared.security.EstantePrincipal;

/** Clients as sign-in sees them, and as other modules read them. */
@Component
class ClientAccounts implements AccountDirectory, ClientDirectory {

	private final Clients clients;

	ClientAccounts(Clients clients) {
		this.clients = clients;
	}

	@Override
	public AccountKind kind() {
		return AccountKind.CLIENT;
	}

	@Override
	public Optional<EstantePrincipal> byEmail(String email) {
		return clients.byEmail(email).map(ClientAccounts::principal);
	}

	@Override
	public Optional<EstantePrincipal> byId(long id) {
		return clients.byId(id).map(ClientAccounts::principal);
	}

	@Override
	public Optional<ClientContact> contact(long clientId) {
		return clients.byId(clientId).map(Client::contact);
	}

	@Override
	public Map<Long, ClientContact> contacts(Collection<Long> clientIds) {
		Map<Long, ClientContact> contacts = new HashMap<>();
		List<Long> ids = List.copyOf(clientIds);
		for (int from = 0; from < ids.size(); from += 1000) {
			clients.byIds(ids.subList(from, Math.min(ids.size(), from + 1000)))
				.forEach(c -> contacts.put(c.id(), c.contact()));
		}
		return contacts;
	}

	@Override
	public Optional<ClientContact> contactByEmail(String email) {
		return clients.byEmail(email).map(Client::contact);
	}

	@Override
	public Optional<ClientContact> contactByPhone(PhoneNumber phone) {
		return clients.byPhoneKey(phone.matchKey()).map(Client::contact);
	}

	@Override
	public boolean exists(long clientId) {
		return clients.exists(clientId);
	}

	private static EstantePrincipal principal(Client client) {
		CurrentUser user = new CurrentUser(client.id(), AccountKind.CLIENT, client.email(),
				client.firstName() + " " + client.lastName(), client.language(), null, null);
		return new EstantePrincipal(user, client.passwordHash(), true);
	}

}
