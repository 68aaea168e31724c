package io.estante.identity.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

import io.estante.audit.AuditTrail;
import io.estante.shared.security.CurrentUser;
import io.estante.shared.security.CurrentUsers;

/**
 * Writes every refusal (403) to the audit trail: who, what was asked and the rule it
 * failed. Committed on its own, since the refused request does no work of its own.
 */
@Component
class AccessRefusals {

	static final String ACTION = "ACCESS_DENIED";

	private final AuditTrail audit;

	AccessRefusals(AuditTrail audit) {
		this.audit = audit;
	}

	void record(HttpServletRequest request, AccessDeniedException refusal) {
		CurrentUser who = CurrentUsers.current().orElse(null);
		String action = refusal instanceof CsrfException ? "CSRF_REFUSED" : ACTION;
		String subject = request.getMethod() + " " + request.getRequestURI();
		String detail = refusal.getMessage();
		audit.recordAlone(who == null ? "ANONYMOUS" : who.kind().name(), who == null ? null : who.id(),
				who == null ? "anonymous" : who.email(), action, truncate(subject, 200), truncate(detail, 2000));
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
