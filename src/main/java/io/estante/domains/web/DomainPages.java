package io.estante.domains.web;

import java.util.List;
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

import io.estante.domains.internal.DomainFacts;
import io.estante.domains.internal.DomainManagement;
import io.estante.shared.BusinessException;
import io.estante.shared.security.CurrentUser;
import io.estante.shared.web.DateDisplay;

/**
 * "Mis dominios" for the client; for staff a client's domains, one domain with its
 * registrar form and the button that deletes its record.
 */
@Controller
class DomainPages {

	private final DomainManagement management;

	private final MessageSource messages;

	private final DateDisplay dates;

	DomainPages(DomainManagement management, MessageSource messages, DateDisplay dates) {
		this.management = management;
		this.messages = messages;
		this.dates = dates;
	}

	@GetMapping("/client/domains")
	@PreAuthorize("hasRole('CLIENT')")
	String mine(CurrentUser me, Model model) {
		model.addAttribute("domains", management.ofClient(me.id()));
		return "client/domains/list";
	}

	@GetMapping("/admin/domains")
	@PreAuthorize("hasAuthority('services:read')")
	String ofClient(@RequestParam(required = false) Long clientId, Model model) {
		model.addAttribute("clientId", clientId);
		model.addAttribute("domains", clientId == null ? List.<DomainFacts>of() : management.ofClient(clientId));
		return "admin/domains/list";
	}

	@GetMapping("/admin/domains/{id}")
	@PreAuthorize("hasAuthority('services:read')")
	String one(CurrentUser me, @PathVariable long id, Model model) {
		model.addAttribute("domain", management.one(me, id));
		return "admin/domains/domain";
	}

	@PostMapping("/admin/domains/{id}/registrar")
	@PreAuthorize("hasAuthority('services:write')")
	String registrar(CurrentUser me, @PathVariable long id, @RequestParam(required = false) String registrar,
			RedirectAttributes redirect, Locale locale) {
		try {
			management.setRegistrar(me, id, registrar);
			redirect.addFlashAttribute("flash", messages.getMessage("domains.flash.saved", null, locale));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("problem",
					messages.getMessage(ex.messageKey(), dates.arguments(ex.arguments()), locale));
		}
		return "redirect:/admin/domains/" + id;
	}

	@PostMapping("/admin/domains/{id}/deletion")
	@PreAuthorize("hasAuthority('services:write')")
	String delete(CurrentUser me, @PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect, Locale locale) {
		DomainFacts domain = management.one(me, id);
		management.delete(id, reason);
		redirect.addFlashAttribute("flash",
				messages.getMessage("domains.flash.deleted", new Object[] { domain.name() }, locale));
		return "redirect:/admin/domains?clientId=" + domain.clientId();
	}

}
