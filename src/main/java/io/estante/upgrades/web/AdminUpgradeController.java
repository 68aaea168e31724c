package io.estante.upgrades.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.estante.shared.BusinessException;
import io.estante.upgrades.internal.UpgradeAdministration;

/**
 * Staff's upgrade page: clients' requests for a manual upgrade and paid upgrades that
 * could not be applied (their payment became credit), each tied to its service, to be
 * marked handled; and the latest upgrades. {@code ?serviceId=} narrows it to one service.
 */
@Controller
@RequestMapping("/admin/upgrades")
@PreAuthorize("hasAuthority('services:read')")
class AdminUpgradeController {

	private final UpgradeAdministration administration;

	private final MessageSource messages;

	AdminUpgradeController(UpgradeAdministration administration, MessageSource messages) {
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping
	String board(@RequestParam(required = false) Long serviceId, Model model) {
		model.addAttribute("board", administration.board(serviceId));
		model.addAttribute("serviceId", serviceId);
		return "admin/upgrades/board";
	}

	@PostMapping("/requests/{requestId}/handled")
	@PreAuthorize("hasAuthority('services:write')")
	String requestHandled(@PathVariable long requestId, @RequestParam(required = false) Long serviceId,
			RedirectAttributes redirect, Locale locale) {
		administration.requestHandled(requestId);
		return done(serviceId, redirect, locale);
	}

	@PostMapping("/{upgradeId}/handled")
	@PreAuthorize("hasAuthority('services:write')")
	String creditedHandled(@PathVariable long upgradeId, @RequestParam(required = false) Long serviceId,
			RedirectAttributes redirect, Locale locale) {
		administration.creditedHandled(upgradeId);
		return done(serviceId, redirect, locale);
	}

	private String done(Long serviceId, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("flash", messages.getMessage("upgrades.admin.handled", null, locale));
		return "redirect:/admin/upgrades" + (serviceId == null ? "" : "?serviceId=" + serviceId);
	}

	@ExceptionHandler(BusinessException.class)
	void refused(BusinessException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.status().value());
	}

}
