package io.estante.transfers.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.estante.shared.BusinessException;
import io.estante.shared.NotFound;
import io.estante.shared.security.CurrentUser;
import io.estante.transfers.internal.TransferManagement;
import io.estante.transfers.internal.TransferViews;

/**
 * Transfer requests for clients: the origin starts one ({@code password} is optional here
 * and checked when given: the bearer token already took it), either party reads it,
 * confirms its side with the identical text or calls it off; staff read any. Someone
 * else's request answers 404.
 */
@RestController
@RequestMapping("/api/v1/transfers")
class TransferApi {

	private final TransferManagement management;

	private final TransferViews views;

	TransferApi(TransferManagement management, TransferViews views) {
		this.management = management;
		this.views = views;
	}

	record StartRequest(Long serviceId, String toEmail, String password, String totp) {
	}

	record Confirmation(String message) {
	}

	record Page(List<TransferResponse> items) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('CLIENT')")
	TransferResponse start(CurrentUser me, @RequestBody StartRequest request, Locale locale) {
		if (request == null || request.serviceId() == null) {
			throw new BusinessException(HttpStatus.BAD_REQUEST, "transfers.service.required");
		}
		var t = management.start(me.id(), request.serviceId(), request.toEmail(), request.password(), request.totp());
		return TransferResponse.of(views.view(t), views, locale);
	}

	@GetMapping
	@PreAuthorize("hasRole('CLIENT')")
	Page mine(CurrentUser me, Locale locale) {
		return new Page(views.ofClient(me.id()).stream().map(v -> TransferResponse.of(v, views, locale)).toList());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('CLIENT') or hasAuthority('services:read')")
	TransferResponse one(CurrentUser me, @PathVariable long id, Locale locale) {
		return TransferResponse.of(views.visible(id, me), views, locale);
	}

	@PostMapping("/{id}/confirmation")
	@PreAuthorize("hasRole('CLIENT')")
	TransferResponse confirm(CurrentUser me, @PathVariable long id, @RequestBody Confirmation body, Locale locale) {
		var t = management.confirm(id, me.id(), body == null ? null : body.message());
		return TransferResponse.of(views.view(t), views, locale);
	}

	@PostMapping("/{id}/withdrawal")
	@PreAuthorize("hasRole('CLIENT')")
	TransferResponse withdraw(CurrentUser me, @PathVariable long id, Locale locale) {
		if (me == null) {
			throw new NotFound("transfer", id);
		}
		var t = management.withdraw(id, me.id(), me.email());
		return TransferResponse.of(views.view(t), views, locale);
	}

}
