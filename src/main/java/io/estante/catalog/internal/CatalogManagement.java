package io.estante.catalog.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.catalog.Catalog;
import io.estante.catalog.ProductType;
import io.estante.catalog.ProductView;
import io.estante.shared.BillingCycle;
import io.estante.shared.Money;
import io.estante.shared.NotFound;

/**
 * The catalog: staff's changes (each one transaction, audited) and the reads other
 * modules make through {@link Catalog}. Products and prices are never deleted, so
 * services that use them keep working.
 */
@Service
@Transactional(readOnly = true)
public class CatalogManagement implements Catalog {

	/** Domains are registered by the year. */
	static final Set<BillingCycle> DOMAIN_CYCLES = Set.of(BillingCycle.ANNUALLY, BillingCycle.BIENNIALLY,
			BillingCycle.TRIENNIALLY);

	private final Categories categories;

	private final Products products;

	private final AuditTrail audit;

	private final Clock clock;

	CatalogManagement(Categories categories, Products products, AuditTrail audit, Clock clock) {
		this.categories = categories;
		this.products = products;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A new product as staff type it; the raw fields are checked by {@link ProductRules}.
	 */
	public record NewProduct(long categoryId, String name, String description, String type, String currency,
			Map<String, String> prices, String provisioning, boolean hidden) {
	}

	/**
	 * A change to a product: null fields stay as they are; prices are set per cycle
	 * given.
	 */
	public record ProductChange(Long categoryId, String name, String description, String provisioning, Boolean hidden,
			Boolean retired, Map<String, String> prices) {
	}

	@Transactional
	public CategoryView createCategory(String name) {
		String checked = ProductRules.name("name", name);
		if (categories.nameTaken(checked)) {
			throw new CatalogRefusal(HttpStatus.CONFLICT, "name", "catalog.category.name-taken", checked);
		}
		long id = categories.insert(checked, Instant.now(clock));
		audit.record("catalog.category.created", "category:" + id, checked);
		return categories.byId(id).orElseThrow();
	}

	@Transactional
	public ProductDetails createProduct(NewProduct product) {
		requireCategory(product.categoryId());
		String name = ProductRules.name("name", product.name());
		ProductType type = ProductRules.type(product.type());
		String currency = ProductRules.currency(product.currency());
		Map<BillingCycle, Money> prices = ProductRules.prices(product.prices(), currency);
		if (prices.isEmpty()) {
			throw CatalogRefusal.invalid("prices", "catalog.prices.required");
		}
		checkCycles(type, prices);
		long id = products.insert(product.categoryId(), name, ProductRules.description(product.description()), type,
				currency, ProductRules.provisioning(product.provisioning()), product.hidden(), Instant.now(clock));
		products.putPrices(id, prices);
		audit.record("catalog.product.created", "product:" + id, name + " " + type + " " + prices.values());
		return details(id);
	}

	@Transactional
	public ProductDetails changeProduct(long productId, ProductChange change) {
		ProductDetails current = details(productId);
		ProductView view = current.view();
		long categoryId = change.categoryId() == null ? view.categoryId() : change.categoryId();
		if (categoryId != view.categoryId()) {
			requireCategory(categoryId);
		}
		String name = change.name() == null ? view.name() : ProductRules.name("name", change.name());
		String description = change.description() == null ? current.description()
				: ProductRules.description(change.description());
		String provisioning = change.provisioning() == null ? view.provisioning()
				: ProductRules.provisioning(change.provisioning());
		Map<BillingCycle, Money> prices = ProductRules.prices(change.prices(), view.currency());
		checkCycles(view.type(), prices);
		products.update(productId, categoryId, name, description, provisioning,
				change.hidden() == null ? view.hidden() : change.hidden(),
				change.retired() == null ? view.retired() : change.retired(), Instant.now(clock));
		products.putPrices(productId, prices);
		audit.record("catalog.product.changed", "product:" + productId, describe(change, prices));
		return details(productId);
	}

	/**
	 * Declares that a service of {@code fromId} can technically become {@code toId}; true
	 * when new, false when it was declared before (nothing changes).
	 */
	@Transactional
	public boolean declareUpgradePath(long fromId, long toId) {
		ProductView from = details(fromId).view();
		ProductView to = products.byId(toId)
			.map(Products.Row::view)
			.orElseThrow(() -> refusal("catalog.upgrade.target-missing", toId));
		if (fromId == toId) {
			throw refusal("catalog.upgrade.same-product");
		}
		if (from.type() != to.type()) {
			throw refusal("catalog.upgrade.type-mismatch", from.type(), to.type());
		}
		if (!from.currency().equals(to.currency())) {
			throw refusal("catalog.upgrade.currency-mismatch", from.currency(), to.currency());
		}
		if (to.retired()) {
			throw refusal("catalog.upgrade.target-retired", to.name());
		}
		boolean added = products.addUpgradePath(fromId, toId, Instant.now(clock));
		if (added) {
			audit.record("catalog.upgrade-path.declared", "product:" + fromId, "to product:" + toId);
		}
		return added;
	}

	@Transactional
	public void removeUpgradePath(long fromId, long toId) {
		if (!products.removeUpgradePath(fromId, toId)) {
			throw new NotFound("upgrade path", fromId + "→" + toId);
		}
		audit.record("catalog.upgrade-path.removed", "product:" + fromId, "to product:" + toId);
	}

	public List<CategoryView> categories() {
		return categories.all();
	}

	public ProductDetails details(long productId) {
		Products.Row row = products.byId(productId).orElseThrow(() -> new NotFound("product", productId));
		return new ProductDetails(row.view(), row.description(), products.upgradeTargetIds(productId));
	}

	/** Every product (staff), or only those on sale (the public catalog). */
	public List<ProductView> list(boolean onSaleOnly) {
		return products.all(onSaleOnly).stream().map(Products.Row::view).toList();
	}

	@Override
	public Optional<ProductView> product(long productId) {
		return products.byId(productId).map(Products.Row::view);
	}

	@Override
	public Map<Long, ProductView> products(Collection<Long> productIds) {
		Map<Long, ProductView> found = new LinkedHashMap<>();
		List<Long> distinct = productIds.stream().distinct().toList();
		for (int from = 0; from < distinct.size(); from += 1000) {
			products.byIds(distinct.subList(from, Math.min(distinct.size(), from + 1000)))
				.forEach(row -> found.put(row.view().id(), row.view()));
		}
		return found;
	}

	@Override
	public List<ProductView> onSale() {
		return list(true);
	}

	@Override
	public List<ProductView> upgradeTargets(long productId) {
		Map<Long, ProductView> targets = products(products.upgradeTargetIds(productId));
		return targets.values().stream().filter(target -> !target.retired()).toList();
	}

	private void requireCategory(long categoryId) {
		if (categories.byId(categoryId).isEmpty()) {
			throw new CatalogRefusal(HttpStatus.UNPROCESSABLE_CONTENT, "categoryId", "catalog.category.missing",
					categoryId);
		}
	}

	private static void checkCycles(ProductType type, Map<BillingCycle, Money> prices) {
		if (type == ProductType.DOMAIN && !DOMAIN_CYCLES.containsAll(prices.keySet())) {
			throw CatalogRefusal.invalid("prices", "catalog.domain.yearly-only");
		}
	}

	private static CatalogRefusal refusal(String key, Object... args) {
		return new CatalogRefusal(HttpStatus.UNPROCESSABLE_CONTENT, "targetProductId", key, args);
	}

	private static String describe(ProductChange change, Map<BillingCycle, Money> prices) {
		return "name=" + change.name() + " hidden=" + change.hidden() + " retired=" + change.retired()
				+ " provisioning=" + change.provisioning() + " prices=" + prices;
	}

}
