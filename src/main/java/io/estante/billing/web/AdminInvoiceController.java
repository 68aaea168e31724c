package io.estante.billing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

import io.estante.billing.InvoiceStatus;
import io.estante.billing.Invoicing;
import io.estante.billing.PaymentOutcome;
import io.estante.billing.PaymentRequest;
import io.estante.billing.internal.Amounts;
import io.estante.billing.internal.BillingProperties;
import io.estante.billing.internal.BillingRefusal;
import io.estante.billing.internal.InvoiceSearch;
import io.estante.billing.internal.PaymentManagement;
import io.estante.clients.ClientDirectory;
import io.estante.shared.BusinessException;
import io.estante.shared.Money;

/**
 * The admin invoice pages: list and search, one invoice with the forms to record a
 * payment, apply credit and cancel (refusals inline), and the printable invoice.
 */
@Controller
@RequestMapping("/admin/invoices")
class AdminInvoiceController {

	private final InvoiceSearch search;

	private final Invoicing invoicing;

	private final PaymentManagement payments;

	private final ClientDirectory clients;

	private final BillingProperties properties;

	private final Clock clock;

	private final InvoicePdf pdf;

	private final MessageSource messages;

	AdminInvoiceController(InvoiceSearch search, Invoicing invoicing, PaymentManagement payments,
			ClientDirectory clients, BillingProperties properties, MessageSource messages, Clock clock,
			InvoicePdf pdf) {
		this.pdf = pdf;
		this.clock = clock;
		this.search = search;
		this.invoicing = invoicing;
		this.payments = payments;
		this.clients = clients;
		this.properties = properties;
		this.messages = messages;
	}

	/** A search by number, client id or e-mail, and status; newest first, 50 a page. */
	@GetMapping
	@PreAuthorize("hasAuthority('billing:read')")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long before, Model model) {
		InvoiceStatus filter = status(status);
		String term = q.strip();
		Long clientId = null;
		String number = null;
		boolean none = false;
		if (term.contains("@")) {
			var contact = clients.contactByEmail(term);
			clientId = contact.map(c -> c.clientId()).orElse(null);
			none = contact.isEmpty();
		}
		else if (term.toLowerCase(Locale.ROOT).startsWith("c:")
				|| term.toLowerCase(Locale.ROOT).startsWith("cliente:")) {
			clientId = parseLong(term.substring(term.indexOf(':') + 1));
			none = clientId == null;
		}
		else if (!term.isEmpty()) {
			number = term;
		}
		model.addAttribute("page", none ? new InvoiceSearch.Page(java.util.List.of(), null)
				: search.find(new InvoiceSearch.Query(clientId, filter, number, before, 50)));
		model.addAttribute("q", term);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("status", filter);
		return "admin/billing/invoices";
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('billing:read')")
	String invoice(@PathVariable long id, Model model) {
		InvoiceSearch.Detail detail = detail(id);
		model.addAttribute("detail", detail);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("client", clients.contact(detail.invoice().clientId()).orElse(null));
		model.addAttribute("credit",
				search.creditBalances(detail.invoice().clientId())
					.stream()
					.filter(m -> m.currencyCode().equals(detail.invoice().currency()) && m.isPositive())
					.findFirst()
					.orElse(null));
		if (!model.containsAttribute("payment")) {
			model.addAttribute("payment", new PaymentForm());
		}
		return "admin/billing/invoice";
	}

	@GetMapping("/{id}/print")
	@PreAuthorize("hasAuthority('billing:read')")
	String print(@PathVariable long id, Model model) {
		InvoiceSearch.Detail detail = detail(id);
		model.addAttribute("detail", detail);
		model.addAttribute("client", clients.contact(detail.invoice().clientId()).orElse(null));
		model.addAttribute("issuer", properties);
		return "billing/print";
	}

	@GetMapping("/{id}/pdf")
	@PreAuthorize("hasAuthority('billing:read')")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
		return pdf.response(detail(id), locale);
	}

	@PostMapping("/{id}/payments")
	@PreAuthorize("hasAuthority('billing:write')")
	String recordPayment(@PathVariable long id, PaymentForm form, Model model, RedirectAttributes redirect,
			Locale locale) {
		PaymentOutcome outcome;
		try {
			Money amount = Amounts.parse("amount", form.getAmount(), detail(id).invoice().currency());
			outcome = invoicing.recordPayment(
					new PaymentRequest(id, amount, form.getMethod(), form.getTransactionId(), form.getNote()));
		}
		catch (BusinessException ex) {
			return refused(id, ex, null, model, form);
		}
		String key = outcome.duplicate() ? "billing.page.payment.duplicate"
				: outcome.credited().isPositive() ? "billing.page.payment.credited" : "billing.page.payment.recorded";
		redirect.addFlashAttribute("flash", messages.getMessage(key,
				new Object[] { formatted(outcome.credited(), locale), outcome.credited().currencyCode() }, locale));
		return "redirect:/admin/invoices/" + id;
	}

	@PostMapping("/{id}/credit-applications")
	@PreAuthorize("hasAuthority('billing:write')")
	String applyCredit(@PathVariable long id, Model model, RedirectAttributes redirect, Locale locale) {
		try {
			payments.applyCredit(id, null);
		}
		catch (BusinessException ex) {
			return refused(id, ex, "credit", model, new PaymentForm());
		}
		redirect.addFlashAttribute("flash", messages.getMessage("billing.page.credit.applied", null, locale));
		return "redirect:/admin/invoices/" + id;
	}

	@PostMapping("/{id}/cancellation")
	@PreAuthorize("hasAuthority('billing:write')")
	String cancel(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			String why = reason.isBlank() ? "staff" : reason.strip();
			invoicing.cancel(id, why.length() > 500 ? why.substring(0, 500) : why);
		}
		catch (BusinessException ex) {
			return refused(id, ex, "general", model, new PaymentForm());
		}
		redirect.addFlashAttribute("flash", messages.getMessage("billing.page.cancelled", null, locale));
		return "redirect:/admin/invoices/" + id;
	}

	/**
	 * The invoice page again with the refusal beside {@code field}, or beside the field
	 * it names (a state conflict shows at the top of the page).
	 */
	private String refused(long id, BusinessException ex, String field, Model model, PaymentForm form) {
		String named = ex instanceof BillingRefusal refusal ? refusal.field() : "general";
		String shown = field != null ? field : "form".equals(named) ? "general" : named;
		model.addAttribute("errorField", shown);
		model.addAttribute("error", ex);
		model.addAttribute("payment", form);
		return invoice(id, model);
	}

	private InvoiceSearch.Detail detail(long id) {
		return search.detail(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static InvoiceStatus status(String status) {
		try {
			return status == null || status.isBlank() ? null : InvoiceStatus.valueOf(status.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String formatted(Money money, Locale locale) {
		java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(money.amount().scale());
		format.setMaximumFractionDigits(money.amount().scale());
		return format.format(money.amount());
	}

	private static Long parseLong(String text) {
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
