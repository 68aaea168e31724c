package io.estante.cancellations.web;

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

import io.estante.cancellations.internal.Cancellation;
import io.estante.cancellations.internal.CancellationManagement;
import io.estante.cancellations.internal.CancellationRefusal;
import io.estante.cancellations.internal.Cancellations;
import io.estante.services.ServiceView;
import io.estante.shared.BusinessException;
import io.estante.shared.security.CurrentUser;
import io.estante.shared.web.DateDisplay;

/**
 * Staff: the queue of cancellation requests (type, reason, date effective, state) and the
 * form to cancel a service on its owner's behalf with a recorded reason.
 */
@Controller
class AdminCancellationController {

	private final CancellationManagement management;

	private final Cancellations cancellations;

	private final MessageSource messages;

	private final DateDisplay dates;

	AdminCancellationController(CancellationManagement management, Cancellations cancellations, MessageSource messages,
			DateDisplay dates) {
		this.management = management;
		this.cancellations = cancellations;
		this.messages = messages;
		this.dates = dates;
	}

	@GetMapping("/admin/cancellations")
	@PreAuthorize("hasAuthority('services:read')")
	String queue(@RequestParam(required = false) String status, @RequestParam(required = false) Long before,
			Model model) {
		Cancellation.Status filter = AdminCancellationApi.status(status);
		List<Cancellation> rows = cancellations.queue(filter, before, AdminCancellationApi.PAGE + 1);
		boolean more = rows.size() > AdminCancellationApi.PAGE;
		List<Cancellation> page = more ? rows.subList(0, AdminCancellationApi.PAGE) : rows;
		model.addAttribute("requests", page);
		model.addAttribute("next", more ? page.get(page.size() - 1).id() : null);
		model.addAttribute("status", filter);
		model.addAttribute("statuses", Cancellation.Status.values());
		return "admin/cancellations/queue";
	}

	@GetMapping("/admin/services/{id}/cancel")
	@PreAuthorize("hasAuthority('services:write')")
	String form(CurrentUser me, @PathVariable long id, Model model) {
		model.addAttribute("type", "IMMEDIATE");
		return page(me, id, model);
	}

	@PostMapping("/admin/services/{id}/cancel")
	@PreAuthorize("hasAuthority('services:write')")
	String cancel(CurrentUser me, @PathVariable long id, @RequestParam(required = false) String type,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect, Locale locale) {
		try {
			var done = management.request(me, id, new CancellationManagement.Request(type, reason, null));
			redirect.addFlashAttribute("flash", messages.getMessage("cancellations.flash." + done.type(),
					new Object[] { dates.day(done.effectiveOn()) }, locale));
			return "redirect:/admin/cancellations";
		}
		catch (CancellationRefusal ex) {
			model.addAttribute("errorField", ex.field());
			model.addAttribute("error", ex);
			model.addAttribute("type", type);
			model.addAttribute("reason", reason);
			return page(me, id, model);
		}
	}

	@PostMapping("/admin/services/{id}/cancel/withdrawal")
	@PreAuthorize("hasAuthority('services:write')")
	String withdraw(CurrentUser me, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
		try {
			management.withdraw(me, id);
			redirect.addFlashAttribute("flash", messages.getMessage("cancellations.flash.withdrawn", null, locale));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("flash",
					messages.getMessage(ex.messageKey(), dates.arguments(ex.arguments()), locale));
		}
		return "redirect:/admin/cancellations";
	}

	private String page(CurrentUser me, long id, Model model) {
		ServiceView service = management.visible(me, id);
		model.addAttribute("service", service);
		model.addAttribute("domain", management.isDomain(service));
		model.addAttribute("pending", cancellations.pendingFor(id).orElse(null));
		return "admin/cancellations/cancel";
	}

}
