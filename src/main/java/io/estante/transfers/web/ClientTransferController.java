package io.estante.transfers.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.estante.services.ServiceDirectory;
import io.estante.shared.BusinessException;
import io.estante.shared.security.CurrentUser;
import io.estante.shared.web.DateDisplay;
import io.estante.transfers.TransferRefused;
import io.estante.transfers.internal.TransferManagement;
import io.estante.transfers.internal.TransferViews;

/**
 * "Transferencias" in the client area: the client's requests (as origin or destination),
 * starting one (service, destination e-mail, password asked again), a request's page with
 * the exact text, the WhatsApp link and the confirmation form, and what verification is.
 */
@Controller
@RequestMapping("/client/transfers")
class ClientTransferController {

	private final TransferManagement management;

	private final TransferViews views;

	private final ServiceDirectory services;

	private final MessageSource messages;

	private final DateDisplay dates;

	ClientTransferController(TransferManagement management, TransferViews views, ServiceDirectory services,
			MessageSource messages, DateDisplay dates) {
		this.management = management;
		this.views = views;
		this.services = services;
		this.messages = messages;
		this.dates = dates;
	}

	@GetMapping
	String list(CurrentUser me, Model model) {
		model.addAttribute("transfers", views.ofClient(me.id()));
		model.addAttribute("me", me.id());
		return "client/transfers/list";
	}

	@GetMapping("/new")
	String form(CurrentUser me, @RequestParam(required = false) Long serviceId, Model model) {
		model.addAttribute("services", services.ofClient(me.id()));
		model.addAttribute("serviceId", serviceId);
		return "client/transfers/new";
	}

	@PostMapping
	String start(CurrentUser me, @RequestParam(required = false) Long serviceId,
			@RequestParam(defaultValue = "") String toEmail, @RequestParam(defaultValue = "") String password,
			@RequestParam(required = false) String code, Model model, Locale locale) {
		try {
			if (serviceId == null) {
				throw new BusinessException(org.springframework.http.HttpStatus.BAD_REQUEST,
						"transfers.service.required");
			}
			return "redirect:/client/transfers/" + management.start(me.id(), serviceId, toEmail, password, code).id();
		}
		catch (TransferRefused ex) {
			model.addAttribute("unmet",
					ex.unmet()
						.stream()
						.map(u -> new Reason(views.condition(u, locale), u.condition().link()))
						.toList());
		}
		catch (BusinessException ex) {
			model.addAttribute("problem",
					messages.getMessage(ex.messageKey(), dates.arguments(ex.arguments()), locale));
		}
		model.addAttribute("services", services.ofClient(me.id()));
		model.addAttribute("serviceId", serviceId);
		model.addAttribute("toEmail", toEmail);
		return "client/transfers/new";
	}

	record Reason(String message, String link) {
	}

	@GetMapping("/verification")
	String verification() {
		return "client/transfers/verification";
	}

	@GetMapping("/{id}")
	String one(CurrentUser me, @PathVariable long id, Model model, Locale locale) {
		var view = views.visible(id, me);
		model.addAttribute("v", view);
		model.addAttribute("reason", views.readableReason(view, locale));
		model.addAttribute("isOrigin", view.transfer().fromClientId() == me.id());
		model.addAttribute("confirmedByMe", view.transfer().confirmedBy(me.id()));
		return "client/transfers/detail";
	}

	@PostMapping("/{id}/confirmation")
	String confirm(CurrentUser me, @PathVariable long id, @RequestParam(defaultValue = "") String message,
			RedirectAttributes redirect, Locale locale) {
		try {
			management.confirm(id, me.id(), message);
			redirect.addFlashAttribute("flash", messages.getMessage("transfers.page.confirmed", null, locale));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("problem",
					messages.getMessage(ex.messageKey(), dates.arguments(ex.arguments()), locale));
			redirect.addFlashAttribute("typed", message);
		}
		return "redirect:/client/transfers/" + id;
	}

	@PostMapping("/{id}/withdrawal")
	String withdraw(CurrentUser me, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
		try {
			management.withdraw(id, me.id(), me.email());
			redirect.addFlashAttribute("flash", messages.getMessage("transfers.page.withdrawn", null, locale));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("problem",
					messages.getMessage(ex.messageKey(), dates.arguments(ex.arguments()), locale));
		}
		return "redirect:/client/transfers/" + id;
	}

}
