package io.estante.cancellations.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

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

import io.estante.cancellations.internal.Cancellation;
import io.estante.cancellations.internal.CancellationManagement;
import io.estante.cancellations.internal.Cancellations;
import io.estante.shared.BusinessException;
import io.estante.shared.security.CurrentUser;

/**
 * Staff cancel a service on its owner's behalf ({@code type}, {@code reason} required; no
 * password) and read the queue of requests ({@code ?status=PENDING|EFFECTIVE|WITHDRAWN},
 * newest first, {@code before=<nextCursor>} for the next page).
 */
@RestController
@RequestMapping("/api/v1/admin")
class AdminCancellationApi {

	static final int PAGE = 50;

	private final CancellationManagement management;

	private final Cancellations cancellations;

	AdminCancellationApi(CancellationManagement management, Cancellations cancellations) {
		this.management = management;
		this.cancellations = cancellations;
	}

	record StaffRequest(String type, String reason) {
	}

	record Page(List<CancellationResponse> items, Long nextCursor) {
	}

	@PostMapping("/services/{id}/cancellation")
	@PreAuthorize("hasAuthority('services:write')")
	ResponseEntity<CancellationResponse> cancel(CurrentUser me, @PathVariable long id,
			@RequestBody(required = false) StaffRequest body) {
		var created = management.request(me, id, new CancellationManagement.Request(body == null ? null : body.type(),
				body == null ? null : body.reason(), null));
		return ResponseEntity.created(URI.create("/api/v1/services/" + id + "/cancellations/" + created.id()))
			.body(CancellationResponse.of(created));
	}

	@GetMapping("/cancellations")
	@PreAuthorize("hasAuthority('services:read')")
	Page queue(@RequestParam(required = false) String status, @RequestParam(required = false) Long before) {
		List<Cancellation> rows = cancellations.queue(status(status), before, PAGE + 1);
		boolean more = rows.size() > PAGE;
		List<Cancellation> page = more ? rows.subList(0, PAGE) : rows;
		return new Page(page.stream().map(CancellationResponse::of).toList(),
				more ? page.get(page.size() - 1).id() : null);
	}

	static Cancellation.Status status(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Cancellation.Status.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessException(HttpStatus.BAD_REQUEST, "cancellations.status.invalid", text.strip());
		}
	}

}
