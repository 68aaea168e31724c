package io.estante.domains.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.estante.domains.internal.DomainManagement;
import io.estante.shared.BusinessException;
import io.estante.shared.security.CurrentUser;

/**
 * Domains' facts (expiry date, registrar, renewal state) for the client (its own) and
 * staff ({@code ?clientId=}); staff set the registrar and delete a domain record
 * ({@code DELETE /api/v1/admin/services/{id}}; a service that is not a domain is 422).
 */
@RestController
class DomainApi {

	private final DomainManagement management;

	DomainApi(DomainManagement management) {
		this.management = management;
	}

	record Items(List<DomainResponse> items) {
	}

	record Registrar(String registrar) {
	}

	@GetMapping("/api/v1/domains")
	@PreAuthorize("hasRole('CLIENT') or hasAuthority('services:read')")
	Items list(CurrentUser me, @RequestParam(required = false) Long clientId) {
		if (!me.isClient() && clientId == null) {
			throw new BusinessException(HttpStatus.BAD_REQUEST, "domains.client-required");
		}
		long owner = me.isClient() ? me.id() : clientId;
		return new Items(management.ofClient(owner).stream().map(DomainResponse::of).toList());
	}

	@GetMapping("/api/v1/domains/{id}")
	@PreAuthorize("hasRole('CLIENT') or hasAuthority('services:read')")
	DomainResponse one(CurrentUser me, @PathVariable long id) {
		return DomainResponse.of(management.one(me, id));
	}

	@PutMapping("/api/v1/admin/domains/{id}")
	@PreAuthorize("hasAuthority('services:write')")
	DomainResponse registrar(CurrentUser me, @PathVariable long id, @RequestBody(required = false) Registrar body) {
		return DomainResponse.of(management.setRegistrar(me, id, body == null ? null : body.registrar()));
	}

	@DeleteMapping("/api/v1/admin/services/{id}")
	@PreAuthorize("hasAuthority('services:write')")
	ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) String reason) {
		management.delete(id, reason);
		return ResponseEntity.noContent().build();
	}

}
