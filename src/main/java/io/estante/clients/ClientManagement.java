package io.estante.clients;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.clients.internal.Client;
import io.estante.clients.internal.Clients;
import io.estante.clients.internal.PasswordPolicy;
import io.estante.shared.BusinessException;
import io.estante.shared.NotFound;
import io.estante.shared.i18n.Languages;

/**
 * What a client (or staff on its behalf) can do to an account. Every change runs in one
 * transaction with its event and audit row: all of it is stored, or none.
 */
@Service
public class ClientManagement {

	private final Clients clients;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	ClientManagement(Clients clients, PasswordPolicy policy, PasswordEncoder passwords,
			ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.clients = clients;
		this.policy = policy;
		this.passwords = passwords;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	public record SignUp(String email, String password, String firstName, String lastName, String phone,
			String language) {
	}

	public record Details(String firstName, String lastName, String phone, String language) {
	}

	@Transactional
	public ClientContact register(SignUp form) {
		String email = EmailAddresses.require(form.email());
		requireName(form.firstName(), form.lastName());
		policy.check(form.password(), email);
		PhoneNumber phone = blank(form.phone()) ? null : PhoneNumber.parse(form.phone());
		String language = language(form.language());
		if (clients.byEmail(email).isPresent()) {
			throw new EmailAlreadyUsed(email);
		}
		long id;
		try {
			id = clients.insertNew(email, passwords.encode(form.password()), form.firstName(), form.lastName(), phone,
					language, Instant.now(clock));
		}
		catch (DuplicateKeyException ex) {
			throw new EmailAlreadyUsed(email);
		}
		events.publishEvent(new ClientRegistered(id, email, form.firstName().trim(), language));
		audit.record("CLIENT", id, email, "CLIENT_REGISTERED", "client:" + id, null);
		return clients.byId(id).orElseThrow().contact();
	}

	@Transactional
	public ClientContact updateDetails(long clientId, Details details) {
		Client client = clients.byId(clientId).orElseThrow(() -> new NotFound("client", clientId));
		String first = details.firstName() == null ? client.firstName() : details.firstName();
		String last = details.lastName() == null ? client.lastName() : details.lastName();
		requireName(first, last);
		PhoneNumber phone = details.phone() == null ? (client.phone() == null ? null : new PhoneNumber(client.phone()))
				: blank(details.phone()) ? null : PhoneNumber.parse(details.phone());
		String language = details.language() == null ? client.language() : language(details.language());
		List<String> changed = new ArrayList<>();
		if (!first.trim().equals(client.firstName()) || !last.trim().equals(client.lastName())) {
			changed.add("name");
		}
		if (!Objects.equals(phone == null ? null : phone.e164(), client.phone())) {
			changed.add("phone");
		}
		if (!language.equals(client.language())) {
			changed.add("language");
		}
		if (!changed.isEmpty()) {
			clients.updateDetailsOf(clientId, first, last, phone, language, Instant.now(clock));
			events.publishEvent(new ClientDetailsChanged(clientId, List.copyOf(changed)));
			audit.record("CLIENT_DETAILS_CHANGED", "client:" + clientId, String.join(",", changed));
		}
		return clients.byId(clientId).orElseThrow().contact();
	}

	@Transactional
	public void changePassword(long clientId, String currentPassword, String newPassword) {
		Client client = clients.byId(clientId).orElseThrow(() -> new NotFound("client", clientId));
		if (currentPassword == null || !passwords.matches(currentPassword, client.passwordHash())) {
			throw new WrongPassword();
		}
		policy.check(newPassword, client.email());
		Instant now = Instant.now(clock);
		clients.updatePasswordOf(clientId, passwords.encode(newPassword), now);
		events.publishEvent(new PasswordChanged(clientId, now, false));
		audit.record("CLIENT", clientId, client.email(), "PASSWORD_CHANGED", "client:" + clientId, null);
	}

	/**
	 * For sensitive actions elsewhere (cancellation, transfer): the account's password,
	 * asked again.
	 */
	@Transactional(readOnly = true)
	public void confirmPassword(long clientId, String password) {
		Client client = clients.byId(clientId).orElseThrow(() -> new NotFound("client", clientId));
		if (password == null || !passwords.matches(password, client.passwordHash())) {
			throw new WrongPassword();
		}
	}

	private static void requireName(String first, String last) {
		if (blank(first) || blank(last) || first.trim().length() > 100 || last.trim().length() > 100) {
			throw new BusinessException(HttpStatus.BAD_REQUEST, "clients.name.required");
		}
	}

	private static String language(String code) {
		if (code == null || code.isBlank()) {
			return "es";
		}
		if (!Languages.isSupported(code)) {
			throw new BusinessException(HttpStatus.BAD_REQUEST, "clients.language.unsupported", code);
		}
		return code;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
