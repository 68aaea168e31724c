package io.estante.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import io.estante.catalog.ProductType;
import io.estante.catalog.ProductView;
import io.estante.shared.BillingCycle;
import io.estante.shared.Money;

/**
 * Product rows with their prices and upgrade paths. Lists load prices in one second
 * query, never one per product.
 */
@Repository
class Products {

	private static final String SELECT = """
			select p.id, p.category_id, c.name category_name, p.name, p.description, p.type, p.currency,
			       p.provisioning, p.hidden, p.retired
			from product p join product_category c on c.id = p.category_id
			""";

	private final JdbcClient jdbc;

	Products(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(ProductView view, String description) {
	}

	long insert(long categoryId, String name, String description, ProductType type, String currency,
			String provisioning, boolean hidden, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into product (category_id, name, description, type, currency, provisioning, hidden, retired,
				                     created_at, updated_at)
				values (:category, :name, :description, :type, :currency, :provisioning, :hidden, false, :now, :now)""")
			.param("category", categoryId)
			.param("name", name)
			.param("description", description)
			.param("type", type.name())
			.param("currency", currency)
			.param("provisioning", provisioning)
			.param("hidden", hidden)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void update(long id, long categoryId, String name, String description, String provisioning, boolean hidden,
			boolean retired, Instant now) {
		jdbc.sql("""
				update product set category_id = :category, name = :name, description = :description,
				       provisioning = :provisioning, hidden = :hidden, retired = :retired, updated_at = :now,
				       version = version + 1
				where id = :id""")
			.param("id", id)
			.param("category", categoryId)
			.param("name", name)
			.param("description", description)
			.param("provisioning", provisioning)
			.param("hidden", hidden)
			.param("retired", retired)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Sets the price of each cycle given; other cycles keep theirs. */
	void putPrices(long productId, Map<BillingCycle, Money> prices) {
		prices.forEach((cycle, price) -> {
			int changed = jdbc
				.sql("update product_price set amount = :amount where product_id = :id and cycle = :cycle")
				.param("id", productId)
				.param("cycle", cycle.name())
				.param("amount", price.amount())
				.update();
			if (changed == 0) {
				jdbc.sql("insert into product_price (product_id, cycle, amount) values (:id, :cycle, :amount)")
					.param("id", productId)
					.param("cycle", cycle.name())
					.param("amount", price.amount())
					.update();
			}
		});
	}

	Optional<Row> byId(long id) {
		return list(SELECT + " where p.id = :id", Map.of("id", id)).stream().findFirst();
	}

	List<Row> byIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : list(SELECT + " where p.id in (:ids)", Map.of("ids", ids));
	}

	/**
	 * Every product, or only those not hidden nor retired; by category order, then name.
	 */
	List<Row> all(boolean visibleOnly) {
		String where = visibleOnly ? " where p.hidden = false and p.retired = false" : "";
		return list(SELECT + where + " order by c.position, c.id, p.name, p.id", Map.of());
	}

	boolean exists(long id) {
		return jdbc.sql("select count(*) from product where id = :id").param("id", id).query(Long.class).single() > 0;
	}

	/** Declares an upgrade path; false when it was already declared. */
	boolean addUpgradePath(long from, long to, Instant now) {
		boolean known = jdbc
			.sql("select count(*) from product_upgrade_path where from_product_id = :from and to_product_id = :to")
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single() > 0;
		if (known) {
			return false;
		}
		jdbc.sql(
				"insert into product_upgrade_path (from_product_id, to_product_id, created_at) values (:from, :to, :now)")
			.param("from", from)
			.param("to", to)
			.param("now", Timestamp.from(now))
			.update();
		return true;
	}

	boolean removeUpgradePath(long from, long to) {
		return jdbc.sql("delete from product_upgrade_path where from_product_id = :from and to_product_id = :to")
			.param("from", from)
			.param("to", to)
			.update() > 0;
	}

	List<Long> upgradeTargetIds(long from) {
		return jdbc.sql("""
				select u.to_product_id from product_upgrade_path u join product p on p.id = u.to_product_id
				where u.from_product_id = :from order by p.name, p.id""").param("from", from).query(Long.class).list();
	}

	private record Base(long id, long categoryId, String categoryName, String name, String description,
			ProductType type, String currency, String provisioning, boolean hidden, boolean retired) {
	}

	private List<Row> list(String sql, Map<String, ?> params) {
		List<Base> bases = jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new Base(rs.getLong("id"), rs.getLong("category_id"), rs.getString("category_name"),
					rs.getString("name"), rs.getString("description"), ProductType.valueOf(rs.getString("type")),
					rs.getString("currency").trim(), rs.getString("provisioning"), rs.getBoolean("hidden"),
					rs.getBoolean("retired")))
			.list();
		Map<Long, Map<BillingCycle, Money>> prices = prices(bases.stream().map(Base::id).toList());
		List<Row> rows = new ArrayList<>(bases.size());
		for (Base b : bases) {
			rows.add(new Row(
					new ProductView(b.id(), b.categoryId(), b.categoryName(), b.name(), b.type(), b.currency(),
							prices.getOrDefault(b.id(), Map.of()), b.hidden(), b.retired(), b.provisioning()),
					b.description()));
		}
		return rows;
	}

	private Map<Long, Map<BillingCycle, Money>> prices(List<Long> ids) {
		Map<Long, Map<BillingCycle, Money>> byProduct = new HashMap<>();
		if (ids.isEmpty()) {
			return byProduct;
		}
		jdbc.sql("""
				select pp.product_id, pp.cycle, pp.amount, p.currency from product_price pp
				join product p on p.id = pp.product_id where pp.product_id in (:ids)""")
			.param("ids", ids)
			.query((ResultSet rs) -> addPrice(byProduct, rs));
		byProduct.replaceAll((id, map) -> Collections.unmodifiableMap(map));
		return byProduct;
	}

	private static void addPrice(Map<Long, Map<BillingCycle, Money>> byProduct, ResultSet rs) throws SQLException {
		byProduct.computeIfAbsent(rs.getLong("product_id"), id -> new EnumMap<>(BillingCycle.class))
			.put(BillingCycle.valueOf(rs.getString("cycle")),
					Money.of(rs.getBigDecimal("amount"), rs.getString("currency").trim()));
	}

}
