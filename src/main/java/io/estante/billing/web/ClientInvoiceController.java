package io.estante.billing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import io.estante.billing.InvoiceStatus;
import io.estante.billing.PaymentOptions;
import io.estante.billing.internal.BillingProperties;
import io.estante.billing.internal.InvoiceSearch;
import io.estante.clients.ClientDirectory;
import io.estante.shared.security.CurrentUser;

/**
 * "Mis facturas": the client's invoices with what is still to pay, one invoice's page and
 * its printable version. Someone else's invoice is a 404.
 */
@Controller
@RequestMapping("/client/invoices")
@PreAuthorize("hasRole('CLIENT')")
class ClientInvoiceController {

	static final int PAGE = 20;

	private final InvoiceSearch search;

	private final ClientDirectory clients;

	private final BillingProperties properties;

	private final Clock clock;

	private final InvoicePdf pdf;

	private final ObjectProvider<PaymentOptions> paymentOptions;

	ClientInvoiceController(InvoiceSearch search, ClientDirectory clients, BillingProperties properties, Clock clock,
			InvoicePdf pdf, ObjectProvider<PaymentOptions> paymentOptions) {
		this.pdf = pdf;
		this.paymentOptions = paymentOptions;
		this.clock = clock;
		this.search = search;
		this.clients = clients;
		this.properties = properties;
	}

	@GetMapping
	String list(CurrentUser me, @RequestParam(required = false) Long before,
			@RequestParam(required = false) String status, Model model) {
		InvoiceStatus filter = AdminInvoiceController.status(status);
		model.addAttribute("page", search.find(new InvoiceSearch.Query(me.id(), filter, null, before, PAGE)));
		model.addAttribute("status", filter);
		model.addAttribute("owed", search.owed(me.id()));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("credit", search.creditBalances(me.id()).stream().filter(m -> m.isPositive()).toList());
		return "client/billing/invoices";
	}

	@GetMapping("/{id}")
	String invoice(CurrentUser me, @PathVariable long id, Model model) {
		InvoiceSearch.Detail detail = own(me, id);
		model.addAttribute("detail", detail);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("paymentOptions",
				detail.invoice().status() != InvoiceStatus.UNPAID ? java.util.List.of()
						: paymentOptions.orderedStream()
							.flatMap(o -> o.forInvoice(detail.invoice().summary()).stream())
							.toList());
		return "client/billing/invoice";
	}

	@GetMapping("/{id}/print")
	String print(CurrentUser me, @PathVariable long id, Model model) {
		InvoiceSearch.Detail detail = own(me, id);
		model.addAttribute("detail", detail);
		model.addAttribute("client", clients.contact(me.id()).orElse(null));
		model.addAttribute("issuer", properties);
		return "billing/print";
	}

	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(CurrentUser me, @PathVariable long id, Locale locale) {
		return pdf.response(own(me, id), locale);
	}

	private InvoiceSearch.Detail own(CurrentUser me, long id) {
		return search.detail(id)
			.filter(detail -> detail.invoice().clientId() == me.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
