package io.estante.billing.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.estante.billing.InvoiceStatus;
import io.estante.billing.internal.BillingRefusal;
import io.estante.billing.internal.Credits;
import io.estante.billing.internal.InvoiceSearch;
import io.estante.shared.NotFound;
import io.estante.shared.security.CurrentUser;
import io.estante.shared.security.Permission;

/**
 * Invoices and credit as clients read them (their own; anyone else's answers 404) and as
 * staff read them ({@code ?clientId=}). Lists are newest first, {@code limit} (at most
 * 100) per page, the next page asked with {@code before=<nextCursor>}.
 */
@RestController
@RequestMapping("/api/v1")
class InvoiceApi {

	private final InvoiceSearch search;

	private final InvoicePdf pdf;

	InvoiceApi(InvoiceSearch search, InvoicePdf pdf) {
		this.search = search;
		this.pdf = pdf;
	}

	record Page(List<InvoiceResponse> items, Long nextCursor) {
	}

	record Credit(long clientId, List<Balance> balances, List<Entry> entries) {
	}

	record Balance(String amount, String currency) {
	}

	record Entry(long id, String amount, String currency, String reason, Long invoiceId, Long paymentId,
			java.time.Instant at) {

		static Entry of(Credits.Entry e) {
			return new Entry(e.id(), e.amount().plain(), e.amount().currencyCode(), e.reason().name(), e.invoiceId(),
					e.paymentId(), e.at());
		}

	}

	@GetMapping("/invoices")
	@PreAuthorize("hasRole('CLIENT') or hasAuthority('billing:read')")
	Page list(CurrentUser me, @RequestParam(required = false) Long clientId,
			@RequestParam(required = false) String status, @RequestParam(required = false) String number,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "20") int limit) {
		Long owner = me.isClient() ? Long.valueOf(me.id()) : clientId;
		InvoiceSearch.Page page = search.find(new InvoiceSearch.Query(owner, status(status), number, before, limit));
		return new Page(page.items().stream().map(InvoiceResponse::of).toList(), page.nextCursor());
	}

	@GetMapping("/invoices/{id}")
	@PreAuthorize("hasRole('CLIENT') or hasAuthority('billing:read')")
	InvoiceResponse one(CurrentUser me, @PathVariable long id) {
		InvoiceSearch.Detail detail = search.detail(id)
			.filter(d -> !me.isClient() || d.invoice().clientId() == me.id())
			.orElseThrow(() -> new NotFound("invoice", id));
		return InvoiceResponse.of(detail.invoice(), detail.payments());
	}

	/** The invoice as a PDF, in the caller's language. */
	@GetMapping(path = "/invoices/{id}/pdf", produces = "application/pdf")
	@PreAuthorize("hasRole('CLIENT') or hasAuthority('billing:read')")
	ResponseEntity<byte[]> pdf(CurrentUser me, @PathVariable long id, Locale locale) {
		InvoiceSearch.Detail detail = search.detail(id)
			.filter(d -> !me.isClient() || d.invoice().clientId() == me.id())
			.orElseThrow(() -> new NotFound("invoice", id));
		return pdf.response(detail, locale);
	}

	@GetMapping("/credit")
	@PreAuthorize("hasRole('CLIENT') or hasAuthority('billing:read')")
	Credit credit(CurrentUser me, @RequestParam(required = false) Long clientId) {
		long owner;
		if (me.isClient()) {
			owner = me.id();
		}
		else if (clientId != null && me.can(Permission.BILLING_READ)) {
			owner = clientId;
		}
		else {
			throw new BillingRefusal(HttpStatus.BAD_REQUEST, "clientId", "billing.credit.client-required");
		}
		return new Credit(owner,
				search.creditBalances(owner).stream().map(m -> new Balance(m.plain(), m.currencyCode())).toList(),
				search.creditEntries(owner, 50).stream().map(Entry::of).toList());
	}

	static InvoiceStatus status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return InvoiceStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BillingRefusal(HttpStatus.BAD_REQUEST, "status", "billing.status.invalid", status);
		}
	}

}
