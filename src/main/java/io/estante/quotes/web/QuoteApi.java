package io.estante.quotes.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.estante.quotes.internal.Quote;
import io.estante.quotes.internal.QuoteManagement;
import io.estante.quotes.internal.Quotes;
import io.estante.shared.security.CurrentUser;

/**
 * Quotes as clients read them (their own, once sent; anyone else's is 404) and staff
 * ({@code ?clientId=}); the client accepts one (→ its invoice) or declines it.
 */
@RestController
@RequestMapping("/api/v1/quotes")
class QuoteApi {

	static final int LIMIT = 100;

	private final QuoteManagement management;

	private final Quotes quotes;

	QuoteApi(QuoteManagement management, Quotes quotes) {
		this.management = management;
		this.quotes = quotes;
	}

	record Items(List<QuoteResponse> items) {
	}

	record Decline(String reason) {
	}

	@GetMapping
	@PreAuthorize("hasRole('CLIENT') or hasAuthority('billing:read')")
	Items list(CurrentUser me, @RequestParam(required = false) Long clientId) {
		List<Quote> found = me.isClient() ? quotes.find(me.id(), false, LIMIT) : quotes.find(clientId, true, LIMIT);
		return new Items(found.stream().map(q -> QuoteResponse.of(q, management.today())).toList());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('CLIENT') or hasAuthority('billing:read')")
	QuoteResponse one(CurrentUser me, @PathVariable long id) {
		return QuoteResponse.of(management.visible(me, id), management.today());
	}

	@PostMapping("/{id}/acceptance")
	@PreAuthorize("hasRole('CLIENT')")
	ResponseEntity<QuoteResponse> accept(CurrentUser me, @PathVariable long id) {
		boolean before = management.visible(me, id).status() == Quote.Status.ACCEPTED;
		Quote accepted = management.accept(me, id);
		return ResponseEntity.status(before ? HttpStatus.OK : HttpStatus.CREATED)
			.location(URI.create("/api/v1/invoices/" + accepted.invoiceId()))
			.body(QuoteResponse.of(accepted, management.today()));
	}

	@PostMapping("/{id}/declination")
	@PreAuthorize("hasRole('CLIENT')")
	QuoteResponse decline(CurrentUser me, @PathVariable long id, @RequestBody(required = false) Decline body) {
		return QuoteResponse.of(management.decline(me, id, body == null ? null : body.reason()), management.today());
	}

}
