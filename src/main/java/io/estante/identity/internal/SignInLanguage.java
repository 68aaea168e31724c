package io.estante.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

import io.estante.shared.i18n.Languages;
import io.estante.shared.security.EstantePrincipal;

/**
 * After a form sign-in the interface speaks the account's language (chosen at sign-up or
 * in "Mi cuenta"), whatever the browser asked for before.
 */
@Component
class SignInLanguage {

	private final LocaleResolver locales;

	SignInLanguage(LocaleResolver locales) {
		this.locales = locales;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof EstantePrincipal principal
				&& principal.user().language() != null
				&& RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getResponse() != null) {
			locales.setLocale(attributes.getRequest(), attributes.getResponse(),
					Languages.of(principal.user().language()));
		}
	}

}
