package io.estante.services.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.estante.services.ServiceLifecycle;
import io.estante.services.SuspensionReason;
import io.estante.services.internal.ProvisioningTasks;
import io.estante.services.internal.ServiceHistory;
import io.estante.services.internal.ServiceMigration;
import io.estante.services.internal.ServiceRefusal;
import io.estante.services.internal.ServiceSearch;
import io.estante.services.internal.StaffProvisioning;
import io.estante.shared.NotFound;
import io.estante.shared.security.CurrentUser;

/**
 * Staff's service API: record an existing service (migration), activate, suspend (with a
 * reason: non-payment, fraud risk, abuse, staff decision), reactivate, terminate; each
 * service's history; the provisioning to-dos and ticking them.
 */
@RestController
@RequestMapping("/api/v1/admin")
class AdminServiceApi {

	private final ServiceMigration migration;

	private final ServiceLifecycle lifecycle;

	private final ServiceSearch search;

	private final StaffProvisioning provisioning;

	AdminServiceApi(ServiceMigration migration, ServiceLifecycle lifecycle, ServiceSearch search,
			StaffProvisioning provisioning) {
		this.migration = migration;
		this.lifecycle = lifecycle;
		this.search = search;
		this.provisioning = provisioning;
	}

	record RecordRequest(Long clientId, Long productId, String billingCycle, String status, LocalDate periodStart,
			LocalDate nextDueDate, String amountPaid, String label, String domain, Boolean autoRenew,
			String suspensionReason) {
	}

	record SuspensionRequest(String reason, String note) {
	}

	record ReasonRequest(String reason) {
	}

	record HistoryEntry(long id, Instant at, String action, String from, String to, String actorKind, String actor,
			String reason) {

		static HistoryEntry of(ServiceHistory.Recorded r) {
			return new HistoryEntry(r.id(), r.at(), r.action(), r.from() == null ? null : r.from().name(),
					r.to() == null ? null : r.to().name(), r.actorKind(), r.actorName(), r.reason());
		}

	}

	record TaskView(long id, long serviceId, String label, Long clientId, String module, String action, String status,
			String reason, String message, Instant requestedAt, Instant completedAt, String completedBy) {

		static TaskView of(ProvisioningTasks.Task t, String label, Long clientId) {
			return new TaskView(t.id(), t.serviceId(), label, clientId, t.module(), t.action().name(),
					t.status().name(), t.reason(), t.message(), t.requestedAt(), t.completedAt(), t.completedBy());
		}

	}

	record Items<T>(List<T> items) {
	}

	@PostMapping("/services")
	@PreAuthorize("hasAuthority('services:write')")
	ResponseEntity<ServiceResponse> record(@RequestBody RecordRequest r) {
		String label = r.domain() != null && !r.domain().isBlank() ? r.domain() : r.label();
		long id = migration
			.record(new ServiceMigration.Existing(r.clientId(), r.productId(), r.billingCycle(), r.status(),
					r.periodStart(), r.nextDueDate(), r.amountPaid(), label, r.autoRenew(), r.suspensionReason()))
			.id();
		return ResponseEntity.created(URI.create("/api/v1/services/" + id)).body(current(id));
	}

	@PostMapping("/services/{id}/activation")
	@PreAuthorize("hasAuthority('services:write')")
	ServiceResponse activate(@PathVariable long id, @RequestBody(required = false) ReasonRequest r) {
		lifecycle.activate(id, reason(r));
		return current(id);
	}

	@PostMapping("/services/{id}/suspension")
	@PreAuthorize("hasAuthority('services:write')")
	ServiceResponse suspend(@PathVariable long id, @RequestBody SuspensionRequest r) {
		SuspensionReason reason = SuspensionReason.parse(r == null ? null : r.reason())
			.orElseThrow(() -> ServiceRefusal.invalid("reason", "services.suspension.reason-invalid",
					r == null || r.reason() == null ? "" : r.reason()));
		lifecycle.suspend(id, reason, r.note());
		return current(id);
	}

	@PostMapping("/services/{id}/reactivation")
	@PreAuthorize("hasAuthority('services:write')")
	ServiceResponse reactivate(@PathVariable long id, @RequestBody(required = false) ReasonRequest r) {
		lifecycle.reactivate(id, reason(r));
		return current(id);
	}

	@PostMapping("/services/{id}/termination")
	@PreAuthorize("hasAuthority('services:write')")
	ServiceResponse terminate(@PathVariable long id, @RequestBody ReasonRequest r) {
		if (r == null || r.reason() == null || r.reason().isBlank()) {
			throw ServiceRefusal.invalid("reason", "services.reason.required");
		}
		lifecycle.terminate(id, r.reason().strip());
		return current(id);
	}

	@GetMapping("/services/{id}/history")
	@PreAuthorize("hasAuthority('services:read')")
	Items<HistoryEntry> history(@PathVariable long id) {
		ServiceSearch.Detail detail = search.detail(id).orElseThrow(() -> new NotFound("service", id));
		return new Items<>(detail.history().stream().map(HistoryEntry::of).toList());
	}

	@GetMapping("/provisioning/tasks")
	@PreAuthorize("hasAuthority('services:read')")
	Items<TaskView> openTasks(@RequestParam(required = false) Long serviceId) {
		if (serviceId != null) {
			ServiceSearch.Detail d = search.detail(serviceId).orElseThrow(() -> new NotFound("service", serviceId));
			return new Items<>(d.tasks()
				.stream()
				.map(t -> TaskView.of(t, d.item().service().label(), d.item().service().clientId()))
				.toList());
		}
		return new Items<>(
				provisioning.open().stream().map(t -> TaskView.of(t.task(), t.label(), t.clientId())).toList());
	}

	@PostMapping("/provisioning/tasks/{id}/completion")
	@PreAuthorize("hasAuthority('services:write')")
	TaskView tick(CurrentUser me, @PathVariable long id) {
		ProvisioningTasks.Task task = provisioning.tick(id, me.email());
		return TaskView.of(task, null, null);
	}

	private ServiceResponse current(long id) {
		return ServiceResponse.of(search.detail(id).orElseThrow(() -> new NotFound("service", id)).item());
	}

	private static String reason(ReasonRequest r) {
		return r == null || r.reason() == null || r.reason().isBlank() ? null : r.reason().strip();
	}

}
