package io.estante.audit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.estante.audit.AuditLog;

/** The audit trail page for staff: filter by client id and by actor e-mail, 50 a page. */
@Controller
class AdminAuditController {

	private final AuditLog log;

	AdminAuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/admin/audit")
	@PreAuthorize("hasAuthority('audit:read')")
	String list(@RequestParam(required = false) Long clientId, @RequestParam(defaultValue = "") String actor,
			@RequestParam(required = false) Long before, Model model) {
		model.addAttribute("page", log.find(new AuditLog.Filter(clientId, actor, before, 50)));
		model.addAttribute("clientId", clientId);
		model.addAttribute("actor", actor.trim());
		return "admin/audit/log";
	}

}
