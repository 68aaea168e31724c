package io.estante.billing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.estante.billing.InvoiceDraft;
import io.estante.billing.InvoiceLine;
import io.estante.billing.Invoicing;
import io.estante.billing.IssuedInvoice;
import io.estante.billing.LineKind;
import io.estante.billing.internal.Amounts;
import io.estante.billing.internal.BillingRefusal;
import io.estante.clients.ClientContact;
import io.estante.clients.ClientDirectory;
import io.estante.shared.BusinessException;

/**
 * Staff issue an invoice by hand (a one-off charge, a setup fee): the client by e-mail or
 * id, a due date and up to five lines. Refusals come back inline.
 */
@Controller
@RequestMapping("/admin/invoices/new")
class AdminNewInvoiceController {

	private final Invoicing invoicing;

	private final ClientDirectory clients;

	private final MessageSource messages;

	private final Clock clock;

	AdminNewInvoiceController(Invoicing invoicing, ClientDirectory clients, MessageSource messages, Clock clock) {
		this.invoicing = invoicing;
		this.clients = clients;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('billing:write')")
	String form(@RequestParam(required = false) Long clientId, Model model) {
		NewInvoiceForm form = new NewInvoiceForm();
		form.setDueDate(LocalDate.now(clock).plusDays(10).toString());
		if (clientId != null) {
			form.setClient(String.valueOf(clientId));
		}
		model.addAttribute("form", form);
		return page(model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('billing:write')")
	String issue(@ModelAttribute("form") NewInvoiceForm form, Model model, RedirectAttributes redirect, Locale locale) {
		IssuedInvoice issued;
		try {
			ClientContact client = client(form.getClient());
			List<InvoiceLine> lines = new ArrayList<>();
			for (NewInvoiceForm.Line line : form.getLines()) {
				if (!line.blank()) {
					lines.add(InvoiceLine.of(LineKind.valueOf(line.getKind()), line.getDescription(),
							Amounts.parse("lines", line.getAmount(), form.getCurrency())));
				}
			}
			issued = invoicing.issue(new InvoiceDraft(client.clientId(), form.getCurrency(), dueDate(form), lines));
		}
		catch (BusinessException ex) {
			model.addAttribute("errorField", ex instanceof BillingRefusal refusal ? refusal.field() : "lines");
			model.addAttribute("error", ex);
			return page(model);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("errorField", "lines");
			model.addAttribute("error", BillingRefusal.invalid("lines", "billing.line.kind-invalid", ex.getMessage()));
			return page(model);
		}
		redirect.addFlashAttribute("flash",
				messages.getMessage("billing.page.new.issued", new Object[] { issued.number() }, locale));
		return "redirect:/admin/invoices/" + issued.invoiceId();
	}

	private ClientContact client(String text) {
		String term = text == null ? "" : text.strip();
		var found = term.contains("@") ? clients.contactByEmail(term)
				: term.matches("\\d{1,18}") ? clients.contact(Long.parseLong(term)) : Optional.<ClientContact>empty();
		return found.orElseThrow(() -> BillingRefusal.invalid("client", "billing.page.new.client-missing", term));
	}

	private static LocalDate dueDate(NewInvoiceForm form) {
		try {
			return LocalDate.parse(form.getDueDate().strip());
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw BillingRefusal.invalid("dueDate", "billing.draft.due-date-required");
		}
	}

	private String page(Model model) {
		model.addAttribute("kinds",
				List.of(LineKind.OTHER, LineKind.ORDER, LineKind.RENEWAL, LineKind.TAX, LineKind.CREDIT));
		return "admin/billing/new-invoice";
	}

}
