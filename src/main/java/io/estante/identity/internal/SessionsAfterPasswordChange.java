package io.estante.identity.internal;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import io.estante.clients.PasswordChanged;
import io.estante.shared.security.AccountDirectory;
import io.estante.shared.security.AccountKind;

/**
 * A new password ends the account's API tokens opened before it (someone holding an old
 * one loses it); after a reset, which may follow a stolen password, the account's browser
 * sessions end too. A change made in the browser keeps that browser signed in.
 */
@Component
class SessionsAfterPasswordChange {

	private final ApiSessions apiSessions;

	private final FindByIndexNameSessionRepository<? extends Session> webSessions;

	private final List<AccountDirectory> directories;

	SessionsAfterPasswordChange(ApiSessions apiSessions,
			FindByIndexNameSessionRepository<? extends Session> webSessions, List<AccountDirectory> directories) {
		this.apiSessions = apiSessions;
		this.webSessions = webSessions;
		this.directories = directories;
	}

	@ApplicationModuleListener
	void on(PasswordChanged event) {
		apiSessions.closeAllOpenedUntil(AccountKind.CLIENT, event.clientId(), event.at());
		if (event.throughReset()) {
			directories.stream()
				.filter(d -> d.kind() == AccountKind.CLIENT)
				.flatMap(d -> d.byId(event.clientId()).stream())
				.forEach(account -> webSessions.findByPrincipalName(account.getUsername())
					.keySet()
					.forEach(webSessions::deleteById));
		}
	}

}
