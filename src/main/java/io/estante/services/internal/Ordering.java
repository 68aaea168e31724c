package io.estante.services.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.estante.billing.InvoiceDraft;
import io.estante.billing.InvoiceLine;
import io.estante.billing.Invoicing;
import io.estante.billing.IssuedInvoice;
import io.estante.billing.LineKind;
import io.estante.catalog.Catalog;
import io.estante.catalog.ProductType;
import io.estante.catalog.ProductView;
import io.estante.services.ServiceStatus;
import io.estante.shared.BillingCycle;
import io.estante.shared.Money;

/**
 * A client orders a product and cycle: a Pending service and its order invoice (one ORDER
 * line tied to the service), in one transaction. Paying the invoice activates the service
 * ({@link InvoiceSettlement}); hidden and retired products are not sold.
 */
@Component
public class Ordering {

	private final Catalog catalog;

	private final Services services;

	private final ServiceChanges changes;

	private final Invoicing invoicing;

	private final Clock clock;

	Ordering(Catalog catalog, Services services, ServiceChanges changes, Invoicing invoicing, Clock clock) {
		this.catalog = catalog;
		this.services = services;
		this.changes = changes;
		this.invoicing = invoicing;
		this.clock = clock;
	}

	/** What the client asked for, as typed (checked here). */
	public record Order(Long productId, String billingCycle, String domain) {
	}

	public record Placed(long serviceId, long invoiceId, String invoiceNumber, Money total) {
	}

	@Transactional
	public Placed place(long clientId, Order order) {
		if (order.productId() == null) {
			throw ServiceRefusal.invalid("productId", "services.order.product-required");
		}
		ProductView product = catalog.product(order.productId())
			.filter(ProductView::orderable)
			.orElseThrow(
					() -> ServiceRefusal.unprocessable("productId", "services.order.not-orderable", order.productId()));
		BillingCycle cycle = Cycles.parse(order.billingCycle(), "billingCycle");
		Money price = product.price(cycle)
			.orElseThrow(() -> ServiceRefusal.unprocessable("billingCycle", "services.order.cycle-not-offered", cycle,
					product.name()));
		String label = label(product, order.domain());
		Instant now = Instant.now(clock);
		LocalDate today = LocalDate.now(clock);
		long serviceId = services.insert(new Services.NewService(clientId, product.id(), label, cycle,
				ServiceStatus.PENDING, Money.zero(price.currency()), null, null, true, null, null, null), now);
		InvoiceLine line = new InvoiceLine(LineKind.ORDER, describe(product.name(), label, cycle), price, serviceId,
				null, null, reference(serviceId));
		IssuedInvoice invoice = invoicing.issue(new InvoiceDraft(clientId, price.currencyCode(), today, List.of(line)));
		services.setOrderInvoice(serviceId, invoice.invoiceId());
		changes.note(serviceId, Change.ORDERED, ServiceStatus.PENDING, Actor.current(),
				"order invoice " + invoice.number());
		return new Placed(serviceId, invoice.invoiceId(), invoice.number(), invoice.total());
	}

	/** The order line's reference: which service it creates. */
	static String reference(long serviceId) {
		return "service:" + serviceId;
	}

	/** Product, label and cycle, the same in any language. */
	static String describe(String productName, String label, BillingCycle cycle) {
		String what = label == null || label.equals(productName) ? productName : productName + " · " + label;
		return what + " · " + cycle.name();
	}

	private static String label(ProductView product, String domain) {
		boolean given = domain != null && !domain.isBlank();
		if (!given) {
			if (product.type() == ProductType.DOMAIN) {
				throw ServiceRefusal.invalid("domain", "services.order.domain-required");
			}
			return product.name();
		}
		String name = DomainNames.normalise(domain);
		if (name == null) {
			throw ServiceRefusal.invalid("domain", "services.domain.invalid", domain.strip());
		}
		return name;
	}

}
