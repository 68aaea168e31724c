package io.estante.services.web;

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

import io.estante.services.ServiceLifecycle;
import io.estante.services.internal.ServiceSearch;
import io.estante.shared.BusinessException;
import io.estante.shared.NotFound;
import io.estante.shared.security.CurrentUser;
import io.estante.shared.web.DateDisplay;

/**
 * "Mis servicios": the client's services with status, next due date and what to pay; one
 * service's page, where auto-renew is turned on or off.
 */
@Controller
@RequestMapping("/client/services")
class ClientServiceController {

	private final ServiceSearch search;

	private final ServiceLifecycle lifecycle;

	private final MessageSource messages;

	private final DateDisplay dates;

	ClientServiceController(ServiceSearch search, ServiceLifecycle lifecycle, MessageSource messages,
			DateDisplay dates) {
		this.search = search;
		this.lifecycle = lifecycle;
		this.messages = messages;
		this.dates = dates;
	}

	@GetMapping
	String list(CurrentUser me, @RequestParam(required = false) Long before, Model model) {
		model.addAttribute("page", search.find(new ServiceSearch.Query(me.id(), null, null, before, 25)));
		return "client/services/list";
	}

	@GetMapping("/{id}")
	String one(CurrentUser me, @PathVariable long id, Model model) {
		model.addAttribute("detail", own(me, id));
		return "client/services/detail";
	}

	@PostMapping("/{id}/auto-renew")
	String autoRenew(CurrentUser me, @PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect,
			Locale locale) {
		own(me, id);
		try {
			lifecycle.setAutoRenew(id, enabled);
			redirect.addFlashAttribute("flash", messages.getMessage(
					enabled ? "services.auto-renew.turned-on" : "services.auto-renew.turned-off", null, locale));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("problem",
					messages.getMessage(ex.messageKey(), dates.arguments(ex.arguments()), locale));
		}
		return "redirect:/client/services/" + id;
	}

	private ServiceSearch.Detail own(CurrentUser me, long id) {
		return search.detail(id)
			.filter(d -> d.item().service().clientId() == me.id())
			.orElseThrow(() -> new NotFound("service", id));
	}

}
