package io.estante.audit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.estante.audit.AuditLog;

/**
 * {@code GET /api/v1/admin/audit?clientId=&actor=&before=&limit=}: the audit trail,
 * newest first.
 */
@RestController
class AdminAuditApi {

	private final AuditLog log;

	AdminAuditApi(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/api/v1/admin/audit")
	@PreAuthorize("hasAuthority('audit:read')")
	AuditLog.Page find(@RequestParam(required = false) Long clientId, @RequestParam(defaultValue = "") String actor,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "50") int limit) {
		return log.find(new AuditLog.Filter(clientId, actor, before, limit));
	}

}
