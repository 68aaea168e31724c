package io.estante.quotes.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.billing.InvoiceDraft;
import io.estante.billing.InvoiceLine;
import io.estante.billing.Invoicing;
import io.estante.billing.IssuedInvoice;
import io.estante.billing.LineKind;
import io.estante.clients.ClientDirectory;
import io.estante.quotes.QuoteAccepted;
import io.estante.quotes.QuoteAvailable;
import io.estante.shared.NotFound;
import io.estante.shared.security.CurrentUser;

/**
 * Quotes' changes, each one transaction with its event and audit row. Accepting locks the
 * quote, issues its invoice (QUOTE lines referencing "quote:<id>") and records it; a
 * second acceptance answers the same invoice, so a retried request never bills twice.
 */
@Service
@Transactional
public class QuoteManagement {

	private final Quotes quotes;

	private final ClientDirectory clients;

	private final Invoicing invoicing;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	QuoteManagement(Quotes quotes, ClientDirectory clients, Invoicing invoicing, ApplicationEventPublisher events,
			AuditTrail audit, Clock clock) {
		this.quotes = quotes;
		this.clients = clients;
		this.invoicing = invoicing;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	public Quote create(Long clientId, QuoteContent content, String by) {
		if (clientId == null || !clients.exists(clientId)) {
			throw QuoteRefusal.invalid("clientId", "quotes.client.unknown", clientId == null ? "" : clientId);
		}
		QuoteContent.Checked checked = content.check(today());
		long id = quotes.insert(clientId, checked, by, Instant.now(clock));
		audit.record("quote.created", "quote:" + id, checked.total().plain() + " " + checked.currency());
		return quotes.byId(id).orElseThrow();
	}

	/** Staff edit a draft or sent quote; an accepted or declined one is refused (409). */
	public Quote edit(long id, QuoteContent content) {
		Quote quote = quotes.lock(id).orElseThrow(() -> new NotFound("quote", id));
		if (!quote.editable()) {
			throw new QuoteRefusal(HttpStatus.CONFLICT, "status", "quotes.not-editable", quote.number(),
					quote.status());
		}
		QuoteContent.Checked checked = content.check(today());
		quotes.replace(id, checked, Instant.now(clock));
		audit.record("quote.edited", "quote:" + id, checked.total().plain() + " " + checked.currency());
		return quotes.byId(id).orElseThrow();
	}

	/** Sends a draft, or sends an edited quote again; the client is alerted each time. */
	public Quote send(long id) {
		Quote quote = quotes.lock(id).orElseThrow(() -> new NotFound("quote", id));
		if (!quote.editable()) {
			throw new QuoteRefusal(HttpStatus.CONFLICT, "status", "quotes.not-editable", quote.number(),
					quote.status());
		}
		if (quote.validUntil().isBefore(today())) {
			throw QuoteRefusal.unprocessable("validUntil", "quotes.expired", quote.number(), quote.validUntil());
		}
		quotes.move(id, quote.status(), Quote.Status.SENT, null, null, Instant.now(clock));
		events.publishEvent(new QuoteAvailable(id, quote.clientId(), quote.number(), quote.total(), quote.validUntil(),
				quote.edition()));
		audit.record("quote.sent", "quote:" + id, "edition " + quote.edition());
		return quotes.byId(id).orElseThrow();
	}

	/** The client accepts its sent, unexpired quote: the invoice is issued with it. */
	public Quote accept(CurrentUser client, long id) {
		Quote quote = own(client, id);
		if (quote.status() == Quote.Status.ACCEPTED) {
			return quote;
		}
		if (quote.status() != Quote.Status.SENT) {
			throw new QuoteRefusal(HttpStatus.CONFLICT, "status", "quotes.not-open", quote.number(), quote.status());
		}
		if (quote.expired(today())) {
			throw QuoteRefusal.unprocessable("validUntil", "quotes.expired", quote.number(), quote.validUntil());
		}
		String reference = "quote:" + id;
		IssuedInvoice invoice = invoicing.issue(new InvoiceDraft(quote.clientId(), quote.currency(), today(),
				quote.lines()
					.stream()
					.map(l -> new InvoiceLine(LineKind.QUOTE, l.description(), l.amount(), null, null, null, reference))
					.toList()));
		quotes.move(id, Quote.Status.SENT, Quote.Status.ACCEPTED, invoice.invoiceId(), null, Instant.now(clock));
		events.publishEvent(new QuoteAccepted(id, quote.clientId(), invoice.invoiceId(), quote.total()));
		audit.record("quote.accepted", "quote:" + id, "invoice " + invoice.number());
		return quotes.byId(id).orElseThrow();
	}

	public Quote decline(CurrentUser client, long id, String reason) {
		Quote quote = own(client, id);
		if (quote.status() != Quote.Status.SENT) {
			throw new QuoteRefusal(HttpStatus.CONFLICT, "status", "quotes.not-open", quote.number(), quote.status());
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why != null && why.length() > 500) {
			throw QuoteRefusal.invalid("reason", "quotes.reason.too-long");
		}
		quotes.move(id, Quote.Status.SENT, Quote.Status.DECLINED, null, why, Instant.now(clock));
		audit.record("quote.declined", "quote:" + id, why);
		return quotes.byId(id).orElseThrow();
	}

	/**
	 * A quote as this caller may see it: staff any, a client its own once sent (a draft
	 * or someone else's is {@link NotFound}).
	 */
	@Transactional(readOnly = true)
	public Quote visible(CurrentUser who, long id) {
		return quotes.byId(id)
			.filter(q -> !who.isClient() || (q.clientId() == who.id() && q.status() != Quote.Status.DRAFT))
			.orElseThrow(() -> new NotFound("quote", id));
	}

	private Quote own(CurrentUser client, long id) {
		visible(client, id);
		return quotes.lock(id).orElseThrow(() -> new NotFound("quote", id));
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

}
