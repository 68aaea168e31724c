package io.estante.domains.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.catalog.Catalog;
import io.estante.catalog.ProductType;
import io.estante.domains.DomainDeleted;
import io.estante.services.ServiceDirectory;
import io.estante.services.ServiceRecords;
import io.estante.services.ServiceView;
import io.estante.shared.NotFound;
import io.estante.shared.security.CurrentUser;

/**
 * Domains' facts and staff's changes: the registrar, and deleting a domain record (the
 * service's rows and the registrar together, then the client is alerted).
 */
@Service
@Transactional
public class DomainManagement {

	private final ServiceDirectory services;

	private final ServiceRecords records;

	private final Catalog catalog;

	private final DomainRecords domains;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	DomainManagement(ServiceDirectory services, ServiceRecords records, Catalog catalog, DomainRecords domains,
			ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.services = services;
		this.records = records;
		this.catalog = catalog;
		this.domains = domains;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** A client's domains, newest first. */
	@Transactional(readOnly = true)
	public List<DomainFacts> ofClient(long clientId) {
		List<ServiceView> all = services.ofClient(clientId);
		Map<Long, io.estante.catalog.ProductView> products = catalog
			.products(all.stream().map(ServiceView::productId).distinct().toList());
		List<ServiceView> mine = all.stream()
			.filter(s -> products.containsKey(s.productId())
					&& products.get(s.productId()).type() == ProductType.DOMAIN)
			.toList();
		Map<Long, String> registrars = domains.registrars(mine.stream().map(ServiceView::id).toList());
		return mine.stream().map(s -> DomainFacts.of(s, registrars.get(s.id()))).toList();
	}

	/** One domain as this caller may see it (a client only its own; 404 otherwise). */
	@Transactional(readOnly = true)
	public DomainFacts one(CurrentUser who, long serviceId) {
		ServiceView s = domain(serviceId, HttpStatus.NOT_FOUND);
		if (who.isClient() && s.clientId() != who.id()) {
			throw new NotFound("domain", serviceId);
		}
		return DomainFacts.of(s, domains.registrars(List.of(serviceId)).get(serviceId));
	}

	public DomainFacts setRegistrar(CurrentUser staff, long serviceId, String registrar) {
		ServiceView s = domain(serviceId, HttpStatus.UNPROCESSABLE_CONTENT);
		String name = registrar == null || registrar.isBlank() ? null : registrar.strip();
		if (name != null && name.length() > 255) {
			throw new DomainRefusal(HttpStatus.BAD_REQUEST, "domains.registrar.too-long");
		}
		domains.setRegistrar(serviceId, name, staff.email(), Instant.now(clock));
		audit.record("domain.registrar", "service:" + serviceId, name);
		return DomainFacts.of(s, name);
	}

	/** Deletes a domain record; a service that is not a domain is refused (422). */
	public void delete(long serviceId, String reason) {
		ServiceView s = domain(serviceId, HttpStatus.UNPROCESSABLE_CONTENT);
		domains.delete(serviceId);
		records.delete(serviceId, reason);
		events.publishEvent(new DomainDeleted(serviceId, s.clientId(), s.label()));
	}

	private ServiceView domain(long serviceId, HttpStatus notDomain) {
		ServiceView s = services.find(serviceId).orElseThrow(() -> new NotFound("service", serviceId));
		boolean isDomain = catalog.product(s.productId()).map(p -> p.type() == ProductType.DOMAIN).orElse(false);
		if (!isDomain) {
			if (notDomain == HttpStatus.NOT_FOUND) {
				throw new NotFound("domain", serviceId);
			}
			throw new DomainRefusal(notDomain, "domains.not-a-domain", s.label());
		}
		return s;
	}

}
