package io.estante.cancellations.web;

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

import io.estante.cancellations.internal.CancellationManagement;
import io.estante.cancellations.internal.CancellationRefusal;
import io.estante.cancellations.internal.Cancellations;
import io.estante.services.ServiceView;
import io.estante.shared.BusinessException;
import io.estante.shared.NotFound;
import io.estante.shared.security.CurrentUser;
import io.estante.shared.web.DateDisplay;

/**
 * "Cancelar servicio": the plain warnings, both types, the password asked again; errors
 * inline. A pending end-of-period request is shown with its date and can be withdrawn.
 */
@Controller
@RequestMapping("/client/services/{id}/cancel")
@PreAuthorize("hasRole('CLIENT')")
class ClientCancellationController {

	private final CancellationManagement management;

	private final Cancellations cancellations;

	private final MessageSource messages;

	private final DateDisplay dates;

	ClientCancellationController(CancellationManagement management, Cancellations cancellations, MessageSource messages,
			DateDisplay dates) {
		this.management = management;
		this.cancellations = cancellations;
		this.messages = messages;
		this.dates = dates;
	}

	@GetMapping
	String form(CurrentUser me, @PathVariable long id, Model model) {
		return page(me, id, model, "END_OF_PERIOD");
	}

	@PostMapping
	String cancel(CurrentUser me, @PathVariable long id, @RequestParam(required = false) String type,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String password,
			@RequestParam(required = false) String code, Model model, RedirectAttributes redirect, Locale locale) {
		try {
			var done = management.request(me, id, new CancellationManagement.Request(type, reason, password, code));
			redirect.addFlashAttribute("flash", messages.getMessage("cancellations.flash." + done.type(),
					new Object[] { dates.day(done.effectiveOn()) }, locale));
			return "redirect:/client/services/" + id + "/cancel";
		}
		catch (BusinessException ex) {
			if (ex instanceof NotFound) {
				throw ex;
			}
			model.addAttribute("errorField", ex instanceof CancellationRefusal r ? r.field() : "password");
			model.addAttribute("error", ex);
			model.addAttribute("reason", reason);
			return page(me, id, model, type);
		}
	}

	@PostMapping("/withdrawal")
	String withdraw(CurrentUser me, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
		try {
			management.withdraw(me, id);
			redirect.addFlashAttribute("flash", messages.getMessage("cancellations.flash.withdrawn", null, locale));
		}
		catch (CancellationRefusal ex) {
			redirect.addFlashAttribute("problem",
					messages.getMessage(ex.messageKey(), dates.arguments(ex.arguments()), locale));
		}
		return "redirect:/client/services/" + id + "/cancel";
	}

	private String page(CurrentUser me, long id, Model model, String type) {
		ServiceView service = management.visible(me, id);
		model.addAttribute("service", service);
		model.addAttribute("domain", management.isDomain(service));
		model.addAttribute("pending", cancellations.pendingFor(id).orElse(null));
		model.addAttribute("type", type);
		return "client/cancellations/cancel";
	}

}
