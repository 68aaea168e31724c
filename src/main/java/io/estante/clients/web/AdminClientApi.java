package io.estante.clients.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.estante.clients.ClientVerification;
import io.estante.clients.internal.ClientSearch;
import io.estante.shared.NotFound;
import io.estante.shared.security.CurrentUser;

/**
 * Staff's client endpoints: search ({@code GET /api/v1/admin/clients?query=}), one client
 * with {@code verified} and its fraud flags, identity verification, and the review that
 * closes a fraud flag ({@code POST .../fraud-flags/{flagId}/resolution} with a
 * {@code note}).
 */
@RestController
@RequestMapping("/api/v1/admin/clients")
class AdminClientApi {

	private final ClientSearch search;

	private final ClientVerification verification;

	AdminClientApi(ClientSearch search, ClientVerification verification) {
		this.search = search;
		this.verification = verification;
	}

	record VerificationRequest(@NotBlank String documentId) {
	}

	record FlagResolution(String note) {
	}

	record ClientPage(List<AdminClientView> items, Long nextCursor) {
	}

	@GetMapping
	@PreAuthorize("hasAuthority('clients:read')")
	ClientPage find(@RequestParam(defaultValue = "") String query, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "50") int limit) {
		ClientSearch.Page page = search.find(query, before, limit);
		return new ClientPage(page.items().stream().map(row -> AdminClientView.of(row, null)).toList(),
				page.nextCursor());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('clients:read')")
	AdminClientView one(@PathVariable long id) {
		return AdminClientView.of(search.detail(id).orElseThrow(() -> new NotFound("client", id)));
	}

	@PostMapping("/{id}/verification")
	@PreAuthorize("hasAuthority('clients:write')")
	AdminClientView verify(@PathVariable long id, @Valid @RequestBody VerificationRequest request, CurrentUser me) {
		verification.verify(id, request.documentId(), me);
		return one(id);
	}

	@PostMapping("/{id}/fraud-flags/{flagId}/resolution")
	@PreAuthorize("hasAuthority('clients:write')")
	AdminClientView resolveFlag(@PathVariable long id, @PathVariable long flagId,
			@RequestBody(required = false) FlagResolution request, CurrentUser me) {
		verification.resolveFlag(id, flagId, request == null ? null : request.note(), me);
		return one(id);
	}

}
