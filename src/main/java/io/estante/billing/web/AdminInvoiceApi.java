package io.estante.billing.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.estante.billing.InvoiceDraft;
import io.estante.billing.InvoiceLine;
import io.estante.billing.Invoicing;
import io.estante.billing.IssuedInvoice;
import io.estante.billing.LineKind;
import io.estante.billing.PaymentOutcome;
import io.estante.billing.PaymentRequest;
import io.estante.billing.internal.Amounts;
import io.estante.billing.internal.BillingRefusal;
import io.estante.billing.internal.InvoiceSearch;
import io.estante.billing.internal.PaymentManagement;
import io.estante.shared.Money;
import io.estante.shared.NotFound;

/**
 * Staff's invoice actions: issue an invoice by hand, record a payment (idempotent on
 * method and transaction id: 201 the first time, 200 after), cancel, apply client credit.
 */
@RestController
@RequestMapping("/api/v1/admin/invoices")
class AdminInvoiceApi {

	private final Invoicing invoicing;

	private final PaymentManagement payments;

	private final InvoiceSearch search;

	AdminInvoiceApi(Invoicing invoicing, PaymentManagement payments, InvoiceSearch search) {
		this.invoicing = invoicing;
		this.payments = payments;
		this.search = search;
	}

	record LineRequest(String kind, String description, String amount, Long serviceId, LocalDate periodStart,
			LocalDate periodEnd, String reference) {
	}

	record InvoiceRequest(@NotNull Long clientId, String currency, @NotNull LocalDate dueDate,
			List<LineRequest> lines) {
	}

	record PaymentBody(String amount, String currency, String method, String transactionId, String note) {
	}

	record CancellationRequest(String reason) {
	}

	record CreditRequest(String amount) {
	}

	record Outcome(long paymentId, boolean duplicate, long invoiceId, String invoiceStatus, String balance,
			String credited, String currency) {

		static Outcome of(long invoiceId, PaymentOutcome o) {
			return new Outcome(o.paymentId(), o.duplicate(), invoiceId, o.invoiceStatus().name(), o.balance().plain(),
					o.credited().plain(), o.balance().currencyCode());
		}

	}

	@PostMapping
	@PreAuthorize("hasAuthority('billing:write')")
	ResponseEntity<InvoiceResponse> issue(@Valid @RequestBody InvoiceRequest request) {
		List<InvoiceLine> lines = new ArrayList<>();
		for (LineRequest line : request.lines() == null ? List.<LineRequest>of() : request.lines()) {
			lines.add(new InvoiceLine(kind(line.kind()), line.description(),
					Amounts.parse("lines", line.amount(), request.currency()), line.serviceId(), line.periodStart(),
					line.periodEnd(), line.reference()));
		}
		IssuedInvoice issued = invoicing
			.issue(new InvoiceDraft(request.clientId(), request.currency(), request.dueDate(), lines));
		return ResponseEntity.created(URI.create("/api/v1/invoices/" + issued.invoiceId()))
			.body(detail(issued.invoiceId()));
	}

	@PostMapping("/{id}/payments")
	@PreAuthorize("hasAuthority('billing:write')")
	ResponseEntity<Outcome> pay(@PathVariable long id, @RequestBody PaymentBody body) {
		String currency = body.currency() != null ? body.currency()
				: invoicing.find(id).orElseThrow(() -> new NotFound("invoice", id)).total().currencyCode();
		Money amount = Amounts.parse("amount", body.amount(), currency);
		PaymentOutcome outcome = invoicing
			.recordPayment(new PaymentRequest(id, amount, body.method(), body.transactionId(), body.note()));
		return ResponseEntity.status(outcome.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
			.body(Outcome.of(id, outcome));
	}

	@PostMapping("/{id}/cancellation")
	@PreAuthorize("hasAuthority('billing:write')")
	InvoiceResponse cancel(@PathVariable long id, @RequestBody(required = false) CancellationRequest body) {
		String reason = body == null || body.reason() == null || body.reason().isBlank() ? "staff"
				: body.reason().strip();
		invoicing.cancel(id, reason.length() > 500 ? reason.substring(0, 500) : reason);
		return detail(id);
	}

	@PostMapping("/{id}/credit-applications")
	@PreAuthorize("hasAuthority('billing:write')")
	ResponseEntity<Outcome> applyCredit(@PathVariable long id, @RequestBody(required = false) CreditRequest body) {
		Money amount = null;
		if (body != null && body.amount() != null && !body.amount().isBlank()) {
			String currency = invoicing.find(id).orElseThrow(() -> new NotFound("invoice", id)).total().currencyCode();
			amount = Amounts.parse("amount", body.amount(), currency);
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(Outcome.of(id, payments.applyCredit(id, amount)));
	}

	private InvoiceResponse detail(long id) {
		InvoiceSearch.Detail detail = search.detail(id).orElseThrow(() -> new NotFound("invoice", id));
		return InvoiceResponse.of(detail.invoice(), detail.payments());
	}

	private static LineKind kind(String kind) {
		if (kind == null || kind.isBlank()) {
			return LineKind.OTHER;
		}
		try {
			return LineKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw BillingRefusal.invalid("lines", "billing.line.kind-invalid", kind);
		}
	}

}
