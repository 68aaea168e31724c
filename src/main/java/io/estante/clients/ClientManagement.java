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
import io.estante.shared.security.SecondFactorRequired;
import io.estante.shared.security.SecondFactors;
import io.estante.shared.BusinessException;
import io.estante.shared.NotFound;
import io.estante.shared.i18n.Languages;
import io.estante.shared.security.AccountKind;

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

	private final SecondFactors secondFactors;

	ClientManagement(Clients clients, PasswordPolicy policy, PasswordEncoder passwords,
			ApplicationEventPublisher events, AuditTrail audit, Clock clock, SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
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

	/** {@code email} null keeps the current e-mail. */
	public record Details(String firstName, String lastName, String phone, String language, String email) {

		public Details(String firstName, String lastName, String phone, String language) {
			this(firstName, lastName, phone, language, null);
		}

	}

	/**
	 * The password (and, once enrolled in two-factor sign-in, the current code) asked
	 * again before a sensitive change.
	 */
	public record Confirmation(String password, String code) {
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

	/** Name and language; a phone or e-mail change is refused without a confirmation. */
	@Transactional
	public ClientContact updateDetails(long clientId, Details details) {
		return updateDetails(clientId, details, null);
	}

	/**
	 * Edits the client's details. Changing the phone (where WhatsApp alerts go) or the
	 * e-mail (where password resets go) asks for the password and, when enrolled, the
	 * two-factor code again: {@link #confirmIdentity}.
	 */
	@Transactional
	public ClientContact updateDetails(long clientId, Details details, Confirmation confirmation) {
		Client client = clients.byId(clientId).orElseThrow(() -> new NotFound("client", clientId));
		String first = details.firstName() == null ? client.firstName() : details.firstName();
		String last = details.lastName() == null ? client.lastName() : details.lastName();
		requireName(first, last);
		PhoneNumber phone = details.phone() == null ? (client.phone() == null ? null : new PhoneNumber(client.phone()))
				: blank(details.phone()) ? null : PhoneNumber.parse(details.phone());
		String language = details.language() == null ? client.language() : language(details.language());
		String email = details.email() == null ? client.email() : EmailAddresses.require(details.email());
		List<String> changed = new ArrayList<>();
		if (!first.trim().equals(client.firstName()) || !last.trim().equals(client.lastName())) {
			changed.add("name");
		}
		boolean phoneChanged = !Objects.equals(phone == null ? null : phone.e164(), client.phone());
		if (phoneChanged) {
			changed.add("phone");
		}
		if (!language.equals(client.language())) {
			changed.add("language");
		}
		boolean emailChanged = !email.equals(client.email());
		if (emailChanged) {
			changed.add("email");
		}
		if (phoneChanged || emailChanged) {
			confirmIdentity(clientId, confirmation == null ? null : confirmation.password(),
					confirmation == null ? null : confirmation.code());
		}
		if (emailChanged && clients.byEmail(email).filter(other -> other.id() != clientId).isPresent()) {
			throw new EmailAlreadyUsed(email);
		}
		if (!changed.isEmpty()) {
			Instant now = Instant.now(clock);
			clients.updateDetailsOf(clientId, first, last, phone, language, now);
			if (emailChanged) {
				updateEmail(clientId, email, now);
			}
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
	 * The password asked again. For a client enrolled in two-factor sign-in this is not
	 * enough and it answers {@link SecondFactorRequired} (403): callers that ask for the
	 * code too (cancellation, transfer) should call {@link #confirmIdentity}.
	 */
	@Transactional(readOnly = true)
	public void confirmPassword(long clientId, String password) {
		checkPassword(clientId, password);
		if (secondFactors.enrolled(AccountKind.CLIENT, clientId)) {
			throw new SecondFactorRequired();
		}
	}

	/**
	 * For sensitive actions (changing the e-mail or phone, cancelling a service, starting
	 * a transfer): the password, and for a client enrolled in two-factor sign-in a
	 * current code or a recovery code, asked again even inside a signed-in session. Wrong
	 * password: {@link WrongPassword}; wrong or missing code:
	 * {@link io.estante.shared.security.WrongSecondFactor}; both 403.
	 */
	@Transactional
	public void confirmIdentity(long clientId, String password, String code) {
		checkPassword(clientId, password);
		if (secondFactors.enrolled(AccountKind.CLIENT, clientId)) {
			secondFactors.verify(AccountKind.CLIENT, clientId, code);
		}
	}

	private void checkPassword(long clientId, String password) {
		Client client = clients.byId(clientId).orElseThrow(() -> new NotFound("client", clientId));
		if (password == null || !passwords.matches(password, client.passwordHash())) {
			throw new WrongPassword();
		}
	}

	private void updateEmail(long clientId, String email, Instant now) {
		try {
			clients.updateEmailOf(clientId, email, now);
		}
		catch (DuplicateKeyException ex) {
			throw new EmailAlreadyUsed(email);
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
