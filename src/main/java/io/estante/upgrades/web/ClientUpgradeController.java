package io.estante.upgrades.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.estante.services.ServiceDirectory;
import io.estante.services.ServiceView;
import io.estante.shared.BusinessException;
import io.estante.shared.NotFound;
import io.estante.shared.security.CurrentUser;
import io.estante.shared.web.DateDisplay;
import io.estante.upgrades.RequestedUpgrade;
import io.estante.upgrades.UpgradeManagement;
import io.estante.upgrades.UpgradeOptions;

/**
 * The client's upgrade, in steps: the categories with a possible target, the packages of
 * one category, the cycles of one package with the amount due, then "Upgrade" issues the
 * invoice and opens it. When no automatic upgrade is possible the first step says so and
 * offers a request to staff; a package that is not an upgrade shows the reason.
 */
@Controller
@RequestMapping("/client/services/{id}/upgrade")
class ClientUpgradeController {

	private final UpgradeManagement upgrades;

	private final ServiceDirectory services;

	private final MessageSource messages;

	private final DateDisplay dates;

	ClientUpgradeController(UpgradeManagement upgrades, ServiceDirectory services, MessageSource messages,
			DateDisplay dates) {
		this.upgrades = upgrades;
		this.services = services;
		this.messages = messages;
		this.dates = dates;
	}

	@GetMapping
	String categories(CurrentUser me, @PathVariable long id, Model model) {
		model.addAttribute("service", owned(me, id));
		try {
			model.addAttribute("options", upgrades.options(me.id(), id));
		}
		catch (BusinessException ex) {
			if (ex instanceof NotFound) {
				throw ex;
			}
			model.addAttribute("refusal", ex);
		}
		return "client/upgrades/categories";
	}

	@GetMapping("/categories/{categoryId}")
	String products(CurrentUser me, @PathVariable long id, @PathVariable long categoryId, Model model) {
		UpgradeOptions options = upgrades.options(me.id(), id);
		UpgradeOptions.Category category = options.category(categoryId)
			.orElseThrow(() -> new NotFound("category", categoryId));
		model.addAttribute("service", owned(me, id));
		model.addAttribute("options", options);
		model.addAttribute("category", category);
		return "client/upgrades/products";
	}

	@GetMapping("/products/{productId}")
	String cycles(CurrentUser me, @PathVariable long id, @PathVariable long productId, Model model) {
		model.addAttribute("service", owned(me, id));
		try {
			model.addAttribute("target", upgrades.target(me.id(), id, productId));
		}
		catch (BusinessException ex) {
			if (ex instanceof NotFound) {
				throw ex;
			}
			model.addAttribute("refusal", ex);
		}
		return "client/upgrades/cycles";
	}

	@PostMapping("/products/{productId}")
	String upgrade(CurrentUser me, @PathVariable long id, @PathVariable long productId,
			@RequestParam(required = false) String billingCycle, Model model, RedirectAttributes redirect,
			Locale locale) {
		try {
			RequestedUpgrade r = upgrades.request(me.id(), id, productId, UpgradeApi.cycle(billingCycle));
			redirect.addFlashAttribute("flash",
					messages.getMessage("upgrades.page.requested", new Object[] { r.invoiceNumber() }, locale));
			return "redirect:/client/invoices/" + r.invoiceId();
		}
		catch (BusinessException ex) {
			if (ex instanceof NotFound) {
				throw ex;
			}
			model.addAttribute("error", ex);
			return cycles(me, id, productId, model);
		}
	}

	@PostMapping("/staff-request")
	String askStaff(CurrentUser me, @PathVariable long id, @RequestParam(required = false) String message,
			RedirectAttributes redirect, Locale locale) {
		try {
			upgrades.askStaff(me.id(), id, message);
			redirect.addFlashAttribute("flash", messages.getMessage("upgrades.page.staff-request.sent", null, locale));
		}
		catch (BusinessException ex) {
			if (ex instanceof NotFound) {
				throw ex;
			}
			redirect.addFlashAttribute("problem",
					messages.getMessage(ex.messageKey(), dates.arguments(ex.arguments()), locale));
		}
		return "redirect:/client/services/" + id + "/upgrade";
	}

	private ServiceView owned(CurrentUser me, long id) {
		return services.find(id).filter(s -> s.clientId() == me.id()).orElseThrow(() -> new NotFound("service", id));
	}

	/**
	 * Unknown or someone else's service or category: the status through the error page.
	 */
	@ExceptionHandler(BusinessException.class)
	void refused(BusinessException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.status().value());
	}

}
