package io.estante.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
 * Product rows with their prices and upgrade paths. A product and its prices come in one
 * query (a row per price), so a list of products costs one round trip, never one per
 * product.
 */
@Repository
class Products {

	private static final String SELECT = """
			select p.id, p.category_id, c.name category_name, p.name, p.description, p.type, p.currency,
			       p.provisioning, p.hidden, p.retired, pp.cycle, pp.amount
			from product p join product_category c on c.id = p.category_id
			left join product_price pp on pp.product_id = p.id
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
			ProductType type, String currency, String provisioning, boolean hidden, boolean retired,
			Map<BillingCycle, Money> prices) {
	}

	/**
	 * Folds the query's rows (one per price, a product without prices once) into
	 * products, in order.
	 */
	private List<Row> list(String sql, Map<String, ?> params) {
		Map<Long, Base> bases = new LinkedHashMap<>();
		jdbc.sql(sql).params(params).query((ResultSet rs) -> {
			Base base = bases.get(rs.getLong("id"));
			if (base == null) {
				base = base(rs);
				bases.put(base.id(), base);
			}
			String cycle = rs.getString("cycle");
			if (cycle != null) {
				base.prices().put(BillingCycle.valueOf(cycle), Money.of(rs.getBigDecimal("amount"), base.currency()));
			}
		});
		List<Row> rows = new ArrayList<>(bases.size());
		for (Base b : bases.values()) {
			rows.add(new Row(
					new ProductView(b.id(), b.categoryId(), b.categoryName(), b.name(), b.type(), b.currency(),
							Collections.unmodifiableMap(b.prices()), b.hidden(), b.retired(), b.provisioning()),
					b.description()));
		}
		return rows;
	}

	private static Base base(ResultSet rs) throws SQLException {
		return new Base(rs.getLong("id"), rs.getLong("category_id"), rs.getString("category_name"),
				rs.getString("name"), rs.getString("description"), ProductType.valueOf(rs.getString("type")),
				rs.getString("currency").trim(), rs.getString("provisioning"), rs.getBoolean("hidden"),
				rs.getBoolean("retired"), new EnumMap<>(BillingCycle.class));
	}

}
