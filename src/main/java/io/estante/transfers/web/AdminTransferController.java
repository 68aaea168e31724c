package io.estante.transfers.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.estante.shared.BusinessException;
import io.estante.shared.security.CurrentUser;
import io.estante.shared.web.DateDisplay;
import io.estante.transfers.TransferStatus;
import io.estante.transfers.internal.TransferManagement;
import io.estante.transfers.internal.TransferViews;

/**
 * Staff's transfer requests: the list by status, with both clients and their
 * confirmations; approve a confirmed one (when approval is required) or reject any open
 * one with a reason.
 */
@Controller
@RequestMapping("/admin/transfers")
class AdminTransferController {

	private final TransferManagement management;

	private final TransferViews views;

	private final MessageSource messages;

	private final DateDisplay dates;

	AdminTransferController(TransferManagement management, TransferViews views, MessageSource messages,
			DateDisplay dates) {
		this.management = management;
		this.views = views;
		this.messages = messages;
		this.dates = dates;
	}

	@GetMapping
	@PreAuthorize("hasAuthority(T(io.estante.shared.security.Permission).SERVICES_READ)")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) Long before, Model model,
			Locale locale) {
		TransferStatus filter = parse(status);
		var items = views.find(filter, before, 50);
		model.addAttribute("transfers", items);
		model.addAttribute("reasons", items.stream().map(v -> views.readableReason(v, locale)).toList());
		model.addAttribute("status", filter);
		model.addAttribute("statuses", TransferStatus.values());
		model.addAttribute("nextCursor", items.size() < 50 ? null : items.getLast().transfer().id());
		return "admin/transfers/list";
	}

	@PostMapping("/{id}/approval")
	@PreAuthorize("hasAuthority(T(io.estante.shared.security.Permission).SERVICES_WRITE)")
	String approve(CurrentUser me, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
		try {
			management.approve(id, me.email());
			redirect.addFlashAttribute("flash",
					messages.getMessage("transfers.admin.approved", new Object[] { id }, locale));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("problem",
					messages.getMessage(ex.messageKey(), dates.arguments(ex.arguments()), locale));
		}
		return "redirect:/admin/transfers";
	}

	@PostMapping("/{id}/rejection")
	@PreAuthorize("hasAuthority(T(io.estante.shared.security.Permission).SERVICES_WRITE)")
	String reject(CurrentUser me, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect, Locale locale) {
		try {
			management.reject(id, reason, me.email());
			redirect.addFlashAttribute("flash",
					messages.getMessage("transfers.admin.rejected", new Object[] { id }, locale));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("problem",
					messages.getMessage(ex.messageKey(), dates.arguments(ex.arguments()), locale));
		}
		return "redirect:/admin/transfers";
	}

	private static TransferStatus parse(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return TransferStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
