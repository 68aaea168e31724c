package io.estante.quotes.web;

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

import io.estante.quotes.internal.Quote;
import io.estante.quotes.internal.QuoteManagement;
import io.estante.quotes.internal.QuoteRefusal;
import io.estante.quotes.internal.Quotes;
import io.estante.shared.security.CurrentUser;
import io.estante.shared.web.DateDisplay;

/**
 * "Presupuestos": the client's quotes, one quote with its lines, and accepting (which
 * leads to its invoice) or declining it.
 */
@Controller
@RequestMapping("/client/quotes")
@PreAuthorize("hasRole('CLIENT')")
class ClientQuoteController {

	private final QuoteManagement management;

	private final Quotes quotes;

	private final MessageSource messages;

	private final DateDisplay dates;

	ClientQuoteController(QuoteManagement management, Quotes quotes, MessageSource messages, DateDisplay dates) {
		this.management = management;
		this.quotes = quotes;
		this.messages = messages;
		this.dates = dates;
	}

	@GetMapping
	String list(CurrentUser me, Model model) {
		model.addAttribute("quotes", quotes.find(me.id(), false, QuoteApi.LIMIT));
		model.addAttribute("today", management.today());
		return "client/quotes/list";
	}

	@GetMapping("/{id}")
	String one(CurrentUser me, @PathVariable long id, Model model) {
		model.addAttribute("quote", management.visible(me, id));
		model.addAttribute("today", management.today());
		return "client/quotes/quote";
	}

	@PostMapping("/{id}/acceptance")
	String accept(CurrentUser me, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
		try {
			Quote quote = management.accept(me, id);
			redirect.addFlashAttribute("flash", messages.getMessage("quotes.flash.accepted", null, locale));
			return "redirect:/client/invoices/" + quote.invoiceId();
		}
		catch (QuoteRefusal ex) {
			redirect.addFlashAttribute("problem",
					messages.getMessage(ex.messageKey(), dates.arguments(ex.arguments()), locale));
			return "redirect:/client/quotes/" + id;
		}
	}

	@PostMapping("/{id}/declination")
	String decline(CurrentUser me, @PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect, Locale locale) {
		try {
			management.decline(me, id, reason);
			redirect.addFlashAttribute("flash", messages.getMessage("quotes.flash.declined", null, locale));
		}
		catch (QuoteRefusal ex) {
			redirect.addFlashAttribute("problem",
					messages.getMessage(ex.messageKey(), dates.arguments(ex.arguments()), locale));
		}
		return "redirect:/client/quotes/" + id;
	}

}
