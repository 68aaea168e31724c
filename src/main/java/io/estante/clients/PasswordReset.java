package io.estante.clients;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.clients.internal.Client;
import io.estante.clients.internal.Clients;
import io.estante.clients.internal.PasswordPolicy;
import io.estante.clients.internal.ResetTokens;
import io.estante.shared.web.ClientAddress;

/**
 * Password reset by e-mail: a single-use link that expires
 * ({@code estante.clients.password-reset-lifetime}). Asking never tells whether an
 * account exists; the e-mail itself is sent by notifications from
 * {@link PasswordResetRequested}.
 */
@Service
public class PasswordReset {

	private final Clients clients;

	private final ResetTokens tokens;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final ClientsProperties properties;

	private final Clock clock;

	PasswordReset(Clients clients, ResetTokens tokens, PasswordPolicy policy, PasswordEncoder passwords,
			ApplicationEventPublisher events, AuditTrail audit, ClientsProperties properties, Clock clock) {
		this.clients = clients;
		this.tokens = tokens;
		this.policy = policy;
		this.passwords = passwords;
		this.events = events;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sends a reset link to the account with this e-mail, if there is one and it has not
	 * had {@code password-resets-per-hour} links in the last hour. Answers nothing either
	 * way: the caller says the same to everyone.
	 */
	@Transactional
	public void request(String email) {
		Client client = clients.byEmail(email == null ? "" : email).orElse(null);
		if (client == null) {
			return;
		}
		Instant now = Instant.now(clock);
		if (tokens.issuedSince(client.id(), now.minus(Duration.ofHours(1))) >= properties.passwordResetsPerHour()) {
			return;
		}
		Instant expires = now.plus(properties.passwordResetLifetime());
		String token = tokens.issue(client.id(), now, expires, ClientAddress.current());
		events.publishEvent(new PasswordResetRequested(client.id(), client.email(), client.language(), token, expires));
		audit.record("CLIENT", client.id(), client.email(), "PASSWORD_RESET_REQUESTED", "client:" + client.id(), null);
	}

	/** Whether a link still works (the page asks before showing the form). */
	@Transactional(readOnly = true)
	public boolean isUsable(String token) {
		return tokens.clientOf(token, Instant.now(clock)).isPresent();
	}

	/**
	 * Sets a new password with a link, which is then used up (as are the account's other
	 * links). Publishes {@link PasswordChanged}.
	 */
	@Transactional
	public void complete(String token, String newPassword) {
		Instant now = Instant.now(clock);
		long clientId = tokens.consume(token, now).orElseThrow(ResetLinkInvalid::new);
		Client client = clients.byId(clientId).orElseThrow(ResetLinkInvalid::new);
		policy.check(newPassword, client.email());
		clients.updatePasswordOf(clientId, passwords.encode(newPassword), now);
		tokens.retireAll(clientId, now);
		events.publishEvent(new PasswordChanged(clientId, now, true));
		audit.record("CLIENT", clientId, client.email(), "PASSWORD_RESET", "client:" + clientId, null);
	}

}
