package io.estante.quotes.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.estante.quotes.internal.QuoteContent;
import io.estante.quotes.internal.QuoteManagement;
import io.estante.shared.security.CurrentUser;

/**
 * Staff write a quote ({@code clientId}, {@code lines} of {@code description} and
 * {@code amount}, {@code validUntil}, optional {@code currency}), edit it until it is
 * accepted, and send it (the client is alerted).
 */
@RestController
@RequestMapping("/api/v1/admin/quotes")
class AdminQuoteApi {

	private final QuoteManagement management;

	AdminQuoteApi(QuoteManagement management) {
		this.management = management;
	}

	record Body(Long clientId, String currency, LocalDate validUntil, List<QuoteContent.LineText> lines) {

		QuoteContent content() {
			return new QuoteContent(currency, validUntil == null ? null : validUntil.toString(), lines);
		}

	}

	@PostMapping
	@PreAuthorize("hasAuthority('billing:write')")
	ResponseEntity<QuoteResponse> create(CurrentUser me, @RequestBody Body body) {
		var quote = management.create(body.clientId(), body.content(), me.email());
		return ResponseEntity.created(URI.create("/api/v1/quotes/" + quote.id()))
			.body(QuoteResponse.of(quote, management.today()));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('billing:write')")
	QuoteResponse edit(@PathVariable long id, @RequestBody Body body) {
		return QuoteResponse.of(management.edit(id, body.content()), management.today());
	}

	@PostMapping("/{id}/sending")
	@PreAuthorize("hasAuthority('billing:write')")
	QuoteResponse send(@PathVariable long id) {
		return QuoteResponse.of(management.send(id), management.today());
	}

}
