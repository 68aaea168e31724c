package io.estante.cancellations.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.estante.cancellations.internal.CancellationManagement;
import io.estante.cancellations.internal.Cancellations;
import io.estante.shared.security.CurrentUser;

/**
 * The owner cancels a service ({@code type} IMMEDIATE or END_OF_PERIOD, optional
 * {@code reason}, the account's {@code password}), reads its service's requests and
 * withdraws a pending one. Someone else's service answers 404, a wrong password 403, a
 * domain 422.
 */
@RestController
class CancellationApi {

	private final CancellationManagement management;

	private final Cancellations cancellations;

	CancellationApi(CancellationManagement management, Cancellations cancellations) {
		this.management = management;
		this.cancellations = cancellations;
	}

	record Items(List<CancellationResponse> items) {
	}

	@PostMapping("/api/v1/services/{id}/cancellation")
	@PreAuthorize("hasRole('CLIENT')")
	ResponseEntity<CancellationResponse> request(CurrentUser me, @PathVariable long id,
			@RequestBody(required = false) CancellationManagement.Request body) {
		var request = body == null ? new CancellationManagement.Request(null, null, null) : body;
		var created = management.request(me, id, request);
		return ResponseEntity.created(URI.create("/api/v1/services/" + id + "/cancellations/" + created.id()))
			.body(CancellationResponse.of(created));
	}

	@GetMapping("/api/v1/services/{id}/cancellations")
	@PreAuthorize("hasRole('CLIENT') or hasAuthority('services:read')")
	Items ofService(CurrentUser me, @PathVariable long id) {
		management.visible(me, id);
		return new Items(cancellations.ofService(id).stream().map(CancellationResponse::of).toList());
	}

	@DeleteMapping("/api/v1/services/{id}/cancellation")
	@PreAuthorize("hasRole('CLIENT') or hasAuthority('services:write')")
	CancellationResponse withdraw(CurrentUser me, @PathVariable long id) {
		return CancellationResponse.of(management.withdraw(me, id));
	}

}
