package io.estante.upgrades.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.estante.audit.AuditTrail;
import io.estante.billing.InvoiceDraft;
import io.estante.billing.InvoiceLine;
import io.estante.billing.InvoiceStatus;
import io.estante.billing.Invoicing;
import io.estante.billing.IssuedInvoice;
import io.estante.billing.LineKind;
import io.estante.services.ServiceDirectory;
import io.estante.services.ServiceStatus;
import io.estante.services.ServiceView;
import io.estante.shared.BillingCycle;
import io.estante.shared.NotFound;
import io.estante.upgrades.RequestedUpgrade;
import io.estante.upgrades.UpgradeInProgress;
import io.estante.upgrades.UpgradeManagement;
import io.estante.upgrades.UpgradeNotPossible;
import io.estante.upgrades.UpgradeOptions;
import io.estante.upgrades.UpgradeRequested;
import io.estante.upgrades.UpgradeStatus;
import io.estante.upgrades.UpgradeView;

/**
 * Options, requests and requests to staff. A request writes the upgrade row, issues its
 * invoice and publishes {@link UpgradeRequested} in one transaction; the open upgrade's
 * unique key decides between two requests at the same instant, and the loser's
 * transaction (invoice included) rolls back and is answered with a 409.
 */
@Service
class Upgrader implements UpgradeManagement {

	private static final Logger log = LoggerFactory.getLogger(Upgrader.class);

	/** Days the client has to pay an upgrade invoice. */
	static final int PAYMENT_DAYS = 7;

	private final ServiceDirectory services;

	private final UpgradeQuoting quoting;

	private final Upgrades upgrades;

	private final StaffRequests staffRequests;

	private final Invoicing invoicing;

	private final UpgradeTexts texts;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Upgrader(ServiceDirectory services, UpgradeQuoting quoting, Upgrades upgrades, StaffRequests staffRequests,
			Invoicing invoicing, UpgradeTexts texts, ApplicationEventPublisher events, AuditTrail audit,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.services = services;
		this.quoting = quoting;
		this.upgrades = upgrades;
		this.staffRequests = staffRequests;
		this.invoicing = invoicing;
		this.texts = texts;
		this.events = events;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Override
	public UpgradeOptions options(long clientId, long serviceId) {
		return quoting.options(active(owned(clientId, serviceId)), today());
	}

	@Override
	public UpgradeOptions.Target target(long clientId, long serviceId, long productId) {
		return quoting.target(active(owned(clientId, serviceId)), productId, today());
	}

	@Override
	public RequestedUpgrade request(long clientId, long serviceId, long productId, BillingCycle cycle) {
		try {
			return transactions.execute(tx -> requestNow(clientId, serviceId, productId, cycle));
		}
		catch (DataIntegrityViolationException | TransientDataAccessException lostTheRace) {
			log.info("Upgrade request for service {} lost to a concurrent one: {}", serviceId,
					lostTheRace.getMessage());
			throw new UpgradeInProgress("upgrades.in-progress");
		}
	}

	private RequestedUpgrade requestNow(long clientId, long serviceId, long productId, BillingCycle cycle) {
		ServiceView service = active(owned(clientId, serviceId));
		LocalDate today = today();
		Instant now = Instant.now(clock);
		UpgradeQuoting.Quoted quoted = quoting.quote(service, productId, cycle, today);
		UpgradeQuote quote = quoted.quote();
		upgrades.lockOpen(serviceId).ifPresent(open -> replace(open, now));
		long id = upgrades.insertOpen(new Upgrades.New(serviceId, clientId, service.productId(), service.billingCycle(),
				service.periodStart(), productId, cycle, quoting.policy(), quote.amountDue(), quote.periodValue(),
				quote.periodChange()), now);
		InvoiceLine line = new InvoiceLine(LineKind.UPGRADE,
				texts.invoiceLine(service.label(), quoted.current().name(), quoted.target().name(), cycle),
				quote.amountDue(), serviceId, null, null, "upgrade:" + id);
		IssuedInvoice invoice = invoicing.issue(new InvoiceDraft(clientId, quote.amountDue().currencyCode(),
				today.plusDays(PAYMENT_DAYS), List.of(line)));
		upgrades.setInvoice(id, invoice.invoiceId());
		events.publishEvent(new UpgradeRequested(id, serviceId, clientId, productId, cycle, quote.amountDue(),
				invoice.invoiceId()));
		audit.record("upgrades.requested", "service:" + serviceId, "upgrade:" + id + " " + quoted.current().name()
				+ " → " + quoted.target().name() + " " + cycle + " due " + quote.amountDue());
		return new RequestedUpgrade(id, serviceId, invoice.invoiceId(), invoice.number(), quote.amountDue(),
				invoice.dueDate());
	}

	/** The unpaid upgrade gives way to the new request; its invoice is cancelled. */
	private void replace(Upgrade open, Instant now) {
		if (open.invoiceId() != null) {
			boolean paid = invoicing.find(open.invoiceId())
				.map(invoice -> invoice.status() == InvoiceStatus.PAID)
				.orElse(false);
			if (paid) {
				throw new UpgradeInProgress("upgrades.being-applied");
			}
		}
		upgrades.close(open.id(), UpgradeStatus.REPLACED, "replaced by a new request", true, now);
		if (open.invoiceId() != null) {
			invoicing.cancel(open.invoiceId(), texts.replacedReason());
		}
	}

	@Override
	public long askStaff(long clientId, long serviceId, String message) {
		ServiceView service = owned(clientId, serviceId);
		if (service.status().isEnded() || service.status() == ServiceStatus.PENDING) {
			throw new UpgradeNotPossible("upgrades.request.not-live", service.label());
		}
		String text = message == null || message.isBlank() ? null : message.strip();
		if (text != null && text.length() > 1000) {
			throw new UpgradeNotPossible("upgrades.request.too-long");
		}
		try {
			return transactions.execute(tx -> {
				if (staffRequests.hasOpen(serviceId)) {
					throw new UpgradeInProgress("upgrades.request.already-open");
				}
				long id = staffRequests.insert(serviceId, clientId, service.productId(), text, Instant.now(clock));
				audit.record("upgrades.staff-request", "service:" + serviceId, text);
				return id;
			});
		}
		catch (DataIntegrityViolationException | TransientDataAccessException lostTheRace) {
			throw new UpgradeInProgress("upgrades.request.already-open");
		}
	}

	@Override
	public List<UpgradeView> ofService(long clientId, long serviceId) {
		owned(clientId, serviceId);
		return upgrades.ofService(serviceId, 50).stream().map(Upgrade::view).toList();
	}

	private ServiceView owned(long clientId, long serviceId) {
		return services.find(serviceId)
			.filter(s -> s.clientId() == clientId)
			.orElseThrow(() -> new NotFound("service", serviceId));
	}

	private static ServiceView active(ServiceView service) {
		if (service.status() != ServiceStatus.ACTIVE) {
			throw new UpgradeNotPossible("upgrades.not-active", service.label());
		}
		return service;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
