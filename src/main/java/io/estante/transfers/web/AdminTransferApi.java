package io.estante.transfers.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.estante.shared.security.CurrentUser;
import io.estante.transfers.TransferStatus;
import io.estante.transfers.internal.TransferManagement;
import io.estante.transfers.internal.TransferViews;

/**
 * Staff's transfer requests: the list (newest first, {@code ?status=}, next page with
 * {@code before=}), approval of a confirmed request (when approval is required) and
 * rejection with a reason.
 */
@RestController
@RequestMapping("/api/v1/admin/transfers")
class AdminTransferApi {

	private final TransferManagement management;

	private final TransferViews views;

	AdminTransferApi(TransferManagement management, TransferViews views) {
		this.management = management;
		this.views = views;
	}

	record Rejection(String reason) {
	}

	record Page(List<TransferResponse> items, Long nextCursor) {
	}

	@GetMapping
	@PreAuthorize("hasAuthority(T(io.estante.shared.security.Permission).SERVICES_READ)")
	Page list(@RequestParam(required = false) TransferStatus status, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "50") int limit, Locale locale) {
		int size = Math.max(1, Math.min(limit, 200));
		var items = views.find(status, before, size).stream().map(v -> TransferResponse.of(v, views, locale)).toList();
		return new Page(items, items.size() < size ? null : items.getLast().id());
	}

	@PostMapping("/{id}/approval")
	@PreAuthorize("hasAuthority(T(io.estante.shared.security.Permission).SERVICES_WRITE)")
	TransferResponse approve(CurrentUser me, @PathVariable long id, Locale locale) {
		return TransferResponse.of(views.view(management.approve(id, me.email())), views, locale);
	}

	@PostMapping("/{id}/rejection")
	@PreAuthorize("hasAuthority(T(io.estante.shared.security.Permission).SERVICES_WRITE)")
	TransferResponse reject(CurrentUser me, @PathVariable long id, @RequestBody Rejection body, Locale locale) {
		var t = management.reject(id, body == null ? null : body.reason(), me.email());
		return TransferResponse.of(views.view(t), views, locale);
	}

}
