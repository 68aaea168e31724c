package io.estante.services.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.estante.services.ServiceLifecycle;
import io.estante.services.ServiceStatus;
import io.estante.services.internal.ServiceRefusal;
import io.estante.services.internal.ServiceSearch;
import io.estante.shared.NotFound;
import io.estante.shared.security.CurrentUser;

/**
 * Services as clients read them (their own; anyone else's answers 404) and as staff read
 * them ({@code ?clientId=}, {@code ?status=}); newest first, {@code limit} (at most 100)
 * per page, the next page asked with {@code before=<nextCursor>}. The owner turns
 * auto-renew on or off.
 */
@RestController
@RequestMapping("/api/v1/services")
class ServiceApi {

	private final ServiceSearch search;

	private final ServiceLifecycle lifecycle;

	ServiceApi(ServiceSearch search, ServiceLifecycle lifecycle) {
		this.search = search;
		this.lifecycle = lifecycle;
	}

	record Page(List<ServiceResponse> items, Long nextCursor) {
	}

	record AutoRenew(Boolean enabled) {
	}

	@GetMapping
	@PreAuthorize("hasRole('CLIENT') or hasAuthority('services:read')")
	Page list(CurrentUser me, @RequestParam(required = false) Long clientId,
			@RequestParam(required = false) String status, @RequestParam(required = false) String label,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "20") int limit) {
		Long owner = me.isClient() ? Long.valueOf(me.id()) : clientId;
		ServiceSearch.Page page = search.find(new ServiceSearch.Query(owner, status(status), label, before, limit));
		return new Page(page.items().stream().map(ServiceResponse::of).toList(), page.nextCursor());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('CLIENT') or hasAuthority('services:read')")
	ServiceResponse one(CurrentUser me, @PathVariable long id) {
		return ServiceResponse.of(visible(me, id).item());
	}

	@PutMapping("/{id}/auto-renew")
	@PreAuthorize("hasRole('CLIENT') or hasAuthority('services:write')")
	ServiceResponse autoRenew(CurrentUser me, @PathVariable long id, @RequestBody AutoRenew request) {
		visible(me, id);
		if (request == null || request.enabled() == null) {
			throw ServiceRefusal.invalid("enabled", "services.auto-renew.required");
		}
		lifecycle.setAutoRenew(id, request.enabled());
		return ServiceResponse.of(visible(me, id).item());
	}

	private ServiceSearch.Detail visible(CurrentUser me, long id) {
		return search.detail(id)
			.filter(d -> !me.isClient() || d.item().service().clientId() == me.id())
			.orElseThrow(() -> new NotFound("service", id));
	}

	static ServiceStatus status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return ServiceStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ServiceRefusal.invalid("status", "services.status.invalid", status);
		}
	}

}
