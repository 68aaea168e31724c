package io.estante.payments.web;

import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.estante.billing.Invoicing;
import io.estante.payments.internal.Gateways;
import io.estante.payments.internal.OnlinePayments;
import io.estante.shared.BusinessException;
import io.estante.shared.security.CurrentUser;
import io.estante.shared.web.DateDisplay;

/**
 * The client's side of paying online: the Pay button posts here and the client is sent to
 * the gateway; the gateway sends the client back to the return page, which only reads the
 * invoice (paid, or still waiting for the gateway's notification). A return URL never
 * pays anything: anyone can type one.
 */
@Controller
@RequestMapping("/client/invoices/{id}/payments/{gateway}")
@PreAuthorize("hasRole('CLIENT')")
class ClientPaymentController {

	private static final Set<String> RESULTS = Set.of("success", "pending", "failure");

	private final OnlinePayments payments;

	private final Invoicing invoicing;

	private final Gateways gateways;

	private final MessageSource messages;

	private final DateDisplay dates;

	ClientPaymentController(OnlinePayments payments, Invoicing invoicing, Gateways gateways, MessageSource messages,
			DateDisplay dates) {
		this.payments = payments;
		this.invoicing = invoicing;
		this.gateways = gateways;
		this.messages = messages;
		this.dates = dates;
	}

	@PostMapping
	String pay(CurrentUser me, @PathVariable long id, @PathVariable String gateway, Locale locale,
			RedirectAttributes redirect) {
		try {
			return "redirect:" + payments.start(me.id(), id, gateway, locale).redirectUrl();
		}
		catch (BusinessException ex) {
			if (ex.status() == HttpStatus.NOT_FOUND && !"payments.gateway.off".equals(ex.messageKey())) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			redirect.addFlashAttribute("flash",
					messages.getMessage(ex.messageKey(), dates.arguments(ex.arguments()), locale));
			return "redirect:/client/invoices/" + id;
		}
	}

	@GetMapping("/return")
	String back(CurrentUser me, @PathVariable long id, @PathVariable String gateway,
			@RequestParam(defaultValue = "pending") String result, Model model) {
		var invoice = invoicing.find(id)
			.filter(i -> i.clientId() == me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("invoice", invoice);
		model.addAttribute("gateway", gateways.byName(gateway).map(g -> g.label()).orElse(gateway));
		model.addAttribute("result", RESULTS.contains(result) ? result : "pending");
		return "client/payments/return";
	}

}
