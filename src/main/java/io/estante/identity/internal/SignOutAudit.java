package io.estante.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

import io.estante.audit.AuditTrail;
import io.estante.shared.security.EstantePrincipal;

/** Writes a sign-out (either area's form) to the audit trail, beside the sign-ins. */
@Component
class SignOutAudit {

	private final AuditTrail audit;

	SignOutAudit(AuditTrail audit) {
		this.audit = audit;
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof EstantePrincipal principal) {
			var user = principal.user();
			audit.recordAlone(user.kind().name(), user.id(), user.email(), "SIGN_OUT", null, null);
		}
	}

}
