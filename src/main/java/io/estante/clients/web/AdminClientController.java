package io.estante.clients.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.estante.audit.AuditLog;
import io.estante.clients.ClientVerification;
import io.estante.clients.internal.ClientSearch;
import io.estante.shared.BusinessException;
import io.estante.shared.NotFound;
import io.estante.shared.security.CurrentUser;

/**
 * Staff's client pages: the list with its search (name, e-mail, phone), one client with
 * its verification form, fraud flags (each open one with its review form) and latest
 * audit entries.
 */
@Controller
class AdminClientController {

	private final ClientSearch search;

	private final ClientVerification verification;

	private final AuditLog audit;

	private final MessageSource messages;

	AdminClientController(ClientSearch search, ClientVerification verification, AuditLog audit,
			MessageSource messages) {
		this.search = search;
		this.verification = verification;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/admin/clients")
	@PreAuthorize("hasAuthority('clients:read')")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long before, Model model) {
		model.addAttribute("page", search.find(q, before, 50));
		model.addAttribute("q", q.trim());
		return "admin/clients/list";
	}

	@GetMapping("/admin/clients/{id}")
	@PreAuthorize("hasAuthority('clients:read')")
	String one(@PathVariable long id, Model model) {
		model.addAttribute("detail", search.detail(id).orElseThrow(() -> new NotFound("client", id)));
		model.addAttribute("audit", audit.find(new AuditLog.Filter(id, null, null, 10)).items());
		if (!model.containsAttribute("documentId")) {
			model.addAttribute("documentId", "");
		}
		return "admin/clients/detail";
	}

	@PostMapping("/admin/clients/{id}/verification")
	@PreAuthorize("hasAuthority('clients:write')")
	String verify(@PathVariable long id, @RequestParam(defaultValue = "") String documentId, CurrentUser me,
			Model model, RedirectAttributes redirect, Locale locale) {
		try {
			verification.verify(id, documentId, me);
		}
		catch (NotFound ex) {
			throw ex;
		}
		catch (BusinessException ex) {
			model.addAttribute("errorField", "documentId");
			model.addAttribute("error", ex);
			model.addAttribute("documentId", documentId);
			return one(id, model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("clients.admin.verified", null, locale));
		return "redirect:/admin/clients/" + id;
	}

	@PostMapping("/admin/clients/{id}/fraud-flags/{flagId}/resolution")
	@PreAuthorize("hasAuthority('clients:write')")
	String resolveFlag(@PathVariable long id, @PathVariable long flagId, @RequestParam(defaultValue = "") String note,
			CurrentUser me, Model model, RedirectAttributes redirect, Locale locale) {
		try {
			verification.resolveFlag(id, flagId, note, me);
		}
		catch (NotFound ex) {
			throw ex;
		}
		catch (BusinessException ex) {
			model.addAttribute("errorField", "note-" + flagId);
			model.addAttribute("error", ex);
			model.addAttribute("note", note);
			return one(id, model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("clients.flag.resolved.done", null, locale));
		return "redirect:/admin/clients/" + id;
	}

}
