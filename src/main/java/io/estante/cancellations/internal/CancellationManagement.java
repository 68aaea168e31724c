package io.estante.cancellations.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.cancellations.CancellationRequested;
import io.estante.cancellations.CancellationType;
import io.estante.catalog.Catalog;
import io.estante.catalog.ProductType;
import io.estante.clients.ClientManagement;
import io.estante.services.RenewalClaims;
import io.estante.services.ServiceDirectory;
import io.estante.services.ServiceLifecycle;
import io.estante.services.ServiceStatus;
import io.estante.services.ServiceView;
import io.estante.shared.NotFound;
import io.estante.shared.security.CurrentUser;

/**
 * Requests and withdrawals of cancellations, each in one transaction: every check runs
 * before anything changes (a wrong password leaves the service as it was), then the
 * renewal invoices are cancelled, the service is cancelled (immediate) or stops renewing
 * (end of period), the request is stored and the client is told.
 */
@Service
@Transactional
public class CancellationManagement {

	private final Cancellations cancellations;

	private final ServiceDirectory services;

	private final ServiceLifecycle lifecycle;

	private final Catalog catalog;

	private final ClientManagement clients;

	private final RenewalInvoices invoices;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	private final RenewalClaims claims;

	CancellationManagement(Cancellations cancellations, ServiceDirectory services, ServiceLifecycle lifecycle,
			Catalog catalog, ClientManagement clients, RenewalInvoices invoices, ApplicationEventPublisher events,
			AuditTrail audit, Clock clock, RenewalClaims claims) {
		this.claims = claims;
		this.cancellations = cancellations;
		this.services = services;
		this.lifecycle = lifecycle;
		this.catalog = catalog;
		this.clients = clients;
		this.invoices = invoices;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What a request asks: raw from a form or JSON, checked here. {@code totp}: the
	 * current two-factor code, needed with the password once the client is enrolled.
	 */
	public record Request(String type, String reason, String password, String totp) {

		public Request(String type, String reason, String password) {
			this(type, reason, password, null);
		}

	}

	/**
	 * The owner asks (its password again); staff ask on the owner's behalf with a reason.
	 * A client naming someone else's service gets {@link NotFound}.
	 */
	public Cancellation request(CurrentUser who, long serviceId, Request request) {
		ServiceView service = visible(who, serviceId);
		CancellationType type = type(request.type());
		String reason = reason(request.reason(), who.isStaff());
		if (service.status() != ServiceStatus.PENDING && isDomain(service)) {
			throw CancellationRefusal.unprocessable("type", "cancellations.domain", service.label());
		}
		if (service.status().isEnded()) {
			throw CancellationRefusal.unprocessable("type", "cancellations.ended", service.label());
		}
		cancellations.pendingFor(serviceId).ifPresent(p -> {
			throw new CancellationRefusal(HttpStatus.CONFLICT, "type", "cancellations.already-pending",
					p.effectiveOn());
		});
		if (type == CancellationType.END_OF_PERIOD && service.status() == ServiceStatus.PENDING) {
			throw CancellationRefusal.unprocessable("type", "cancellations.not-started");
		}
		if (who.isClient()) {
			clients.confirmIdentity(who.id(), request.password(), request.totp());
		}
		LocalDate today = LocalDate.now(clock);
		String why = (who.isStaff() ? "staff" : "requested") + (reason == null ? "" : ": " + reason);
		invoices.cancelFor(service, who.isStaff() ? "staff" : "requested");
		LocalDate effective = today;
		if (type == CancellationType.IMMEDIATE) {
			lifecycle.cancel(serviceId, why);
		}
		else {
			effective = service.nextDueDate().isAfter(today) ? service.nextDueDate() : today;
			lifecycle.setAutoRenew(serviceId, false);
		}
		long id = cancellations.insert(new Cancellations.NewRequest(serviceId, service.clientId(), service.label(),
				type, reason, effective, service.autoRenew(), who.kind().name(), who.email()), Instant.now(clock));
		events.publishEvent(new CancellationRequested(id, serviceId, service.clientId(), service.label(), type,
				effective, who.isStaff()));
		audit.record("cancellation.requested", "service:" + serviceId,
				type + " effective " + effective + (reason == null ? "" : ": " + reason));
		return cancellations.byId(id).orElseThrow();
	}

	/**
	 * Withdraws the service's pending end-of-period request (the owner, or staff): the
	 * service renews again as it did before the request.
	 */
	public Cancellation withdraw(CurrentUser who, long serviceId) {
		ServiceView service = visible(who, serviceId);
		Cancellation pending = cancellations.pendingFor(serviceId)
			.orElseThrow(() -> CancellationRefusal.unprocessable("request", "cancellations.nothing-pending"));
		if (!cancellations.close(pending.id(), Cancellation.Status.WITHDRAWN, who.email(), Instant.now(clock))) {
			throw CancellationRefusal.unprocessable("request", "cancellations.nothing-pending");
		}
		if (pending.autoRenewBefore() && !service.status().isEnded()) {
			lifecycle.setAutoRenew(serviceId, true);
			if (!invoices.unpaidRenewalOfNextPeriod(service)) {
				claims.releaseNextPeriod(serviceId); // its renewal, cancelled on the
														// request, is invoiced again
			}
		}
		audit.record("cancellation.withdrawn", "service:" + serviceId, "request " + pending.id());
		return cancellations.byId(pending.id()).orElseThrow();
	}

	@Transactional(readOnly = true)
	public ServiceView visible(CurrentUser who, long serviceId) {
		return services.find(serviceId)
			.filter(s -> !who.isClient() || s.clientId() == who.id())
			.orElseThrow(() -> new NotFound("service", serviceId));
	}

	@Transactional(readOnly = true)
	public boolean isDomain(ServiceView service) {
		return catalog.product(service.productId()).map(p -> p.type() == ProductType.DOMAIN).orElse(false);
	}

	static CancellationType type(String text) {
		if (text == null || text.isBlank()) {
			throw CancellationRefusal.invalid("type", "cancellations.type.required");
		}
		try {
			return CancellationType.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw CancellationRefusal.invalid("type", "cancellations.type.invalid", text.strip());
		}
	}

	private static String reason(String text, boolean required) {
		String reason = text == null || text.isBlank() ? null : text.strip();
		if (reason == null && required) {
			throw CancellationRefusal.invalid("reason", "cancellations.reason.required");
		}
		if (reason != null && reason.length() > 500) {
			throw CancellationRefusal.invalid("reason", "cancellations.reason.too-long");
		}
		return reason;
	}

}
