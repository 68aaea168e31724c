package io.estante.quotes.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.estante.clients.ClientContact;
import io.estante.clients.ClientDirectory;
import io.estante.quotes.internal.Quote;
import io.estante.quotes.internal.QuoteManagement;
import io.estante.quotes.internal.QuoteRefusal;
import io.estante.quotes.internal.Quotes;
import io.estante.shared.security.CurrentUser;
import io.estante.shared.web.DateDisplay;

/**
 * Staff's quote pages: the list, a new quote, one quote with its edit form (until it is
 * accepted) and the send button. Refusals come back inline.
 */
@Controller
@RequestMapping("/admin/quotes")
class AdminQuoteController {

	private final QuoteManagement management;

	private final Quotes quotes;

	private final ClientDirectory clients;

	private final MessageSource messages;

	private final DateDisplay dates;

	AdminQuoteController(QuoteManagement management, Quotes quotes, ClientDirectory clients, MessageSource messages,
			DateDisplay dates) {
		this.management = management;
		this.quotes = quotes;
		this.clients = clients;
		this.messages = messages;
		this.dates = dates;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('billing:read')")
	String list(@RequestParam(required = false) Long clientId, Model model) {
		model.addAttribute("quotes", quotes.find(clientId, true, QuoteApi.LIMIT));
		model.addAttribute("today", management.today());
		return "admin/quotes/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('billing:write')")
	String blank(@RequestParam(required = false) Long clientId, Model model) {
		QuoteForm form = new QuoteForm();
		form.setValidUntil(management.today().plusDays(15).toString());
		form.setClient(clientId == null ? "" : String.valueOf(clientId));
		model.addAttribute("form", form);
		return "admin/quotes/form";
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('billing:write')")
	String create(CurrentUser me, @ModelAttribute("form") QuoteForm form, Model model, RedirectAttributes redirect,
			Locale locale) {
		try {
			Quote quote = management.create(client(form.getClient()), form.content(), me.email());
			redirect.addFlashAttribute("flash", messages.getMessage("quotes.flash.created", null, locale));
			return "redirect:/admin/quotes/" + quote.id();
		}
		catch (QuoteRefusal ex) {
			model.addAttribute("errorField", ex.field());
			model.addAttribute("error", ex);
			return "admin/quotes/form";
		}
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('billing:read')")
	String one(CurrentUser me, @PathVariable long id, Model model) {
		Quote quote = management.visible(me, id);
		model.addAttribute("form", QuoteForm.of(quote));
		return page(quote, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('billing:write')")
	String edit(CurrentUser me, @PathVariable long id, @ModelAttribute("form") QuoteForm form, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			management.edit(id, form.content());
			redirect.addFlashAttribute("flash", messages.getMessage("quotes.flash.saved", null, locale));
			return "redirect:/admin/quotes/" + id;
		}
		catch (QuoteRefusal ex) {
			model.addAttribute("errorField", ex.field());
			model.addAttribute("error", ex);
			return page(management.visible(me, id), model);
		}
	}

	@PostMapping("/{id}/sending")
	@PreAuthorize("hasAuthority('billing:write')")
	String send(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		try {
			management.send(id);
			redirect.addFlashAttribute("flash", messages.getMessage("quotes.flash.sent", null, locale));
		}
		catch (QuoteRefusal ex) {
			redirect.addFlashAttribute("problem",
					messages.getMessage(ex.messageKey(), dates.arguments(ex.arguments()), locale));
		}
		return "redirect:/admin/quotes/" + id;
	}

	private String page(Quote quote, Model model) {
		model.addAttribute("quote", quote);
		model.addAttribute("client", clients.contact(quote.clientId()).orElse(null));
		model.addAttribute("today", management.today());
		return "admin/quotes/quote";
	}

	private Long client(String text) {
		String term = text == null ? "" : text.strip();
		Optional<ClientContact> found = term.contains("@") ? clients.contactByEmail(term)
				: term.matches("\\d{1,18}") ? clients.contact(Long.parseLong(term)) : Optional.empty();
		return found.map(ClientContact::clientId).orElse(null);
	}

}
