package io.estante.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.estante.shared.BillingCycle;

/**
 * The generated company's catalog: six categories, twenty products with a price for every
 * cycle they are sold in (domains only by the year), inserted with plain statements.
 */
final class Catalogue {

	record Product(long id, String name, String type, String currency, Map<BillingCycle, BigDecimal> prices,
			int weight) {

		boolean domain() {
			return "DOMAIN".equals(type);
		}

	}

	private static final String[][] CATEGORIES = { { "Hosting", "HOSTING", "ARS", "4500" },
			{ "Radio", "RADIO", "ARS", "6000" }, { "Dominios", "DOMAIN", "ARS", "1500" },
			{ "Revendedores", "HOSTING", "USD", "25" }, { "VPS", "OTHER", "USD", "12" },
			{ "Correo", "OTHER", "ARS", "1800" } };

	private static final String[] SIZES = { "Inicial", "Plus", "Pro", "Max" };

	final List<Product> products = new ArrayList<>();

	private final int totalWeight;

	Catalogue(Connection connection, Instant now) throws SQLException {
		Timestamp at = Timestamp.from(now);
		long productId = 0;
		try (PreparedStatement category = connection.prepareStatement(
				"insert into product_category (id, name, position, created_at) values (?, ?, ?, ?)");
				PreparedStatement product = connection.prepareStatement("""
						insert into product (id, category_id, name, description, type, currency, created_at, updated_at)
						values (?, ?, ?, ?, ?, ?, ?, ?)""");
				PreparedStatement price = connection
					.prepareStatement("insert into product_price (product_id, cycle, amount) values (?, ?, ?)")) {
			for (int c = 0; c < CATEGORIES.length; c++) {
				String[] def = CATEGORIES[c];
				category.setLong(1, c + 1);
				category.setString(2, def[0]);
				category.setInt(3, c);
				category.setTimestamp(4, at);
				category.executeUpdate();
				int sizes = "DOMAIN".equals(def[1]) ? 2 : ("Hosting".equals(def[0]) ? 4 : 3);
				for (int s = 0; s < sizes; s++) {
					productId++;
					String name = def[0] + " " + SIZES[s];
					product.setLong(1, productId);
					product.setLong(2, c + 1);
					product.setString(3, name);
					product.setString(4, "Plan " + name + " (datos de benchmark)");
					product.setString(5, def[1]);
					product.setString(6, def[2]);
					product.setTimestamp(7, at);
					product.setTimestamp(8, at);
					product.executeUpdate();
					Map<BillingCycle, BigDecimal> prices = prices(new BigDecimal(def[3]).multiply(BigDecimal.valueOf(s + 1)),
							"DOMAIN".equals(def[1]));
					for (var entry : prices.entrySet()) {
						price.setLong(1, productId);
						price.setString(2, entry.getKey().name());
						price.setBigDecimal(3, entry.getValue());
						price.executeUpdate();
					}
					products.add(new Product(productId, name, def[1], def[2], prices,
							c == 0 ? 40 / (s + 1) : (c == 2 ? 20 / (s + 1) : 8 / (s + 1))));
				}
			}
		}
		connection.createStatement()
			.execute("select setval(pg_get_serial_sequence('product', 'id'), " + productId + ")");
		connection.createStatement().execute("select setval(pg_get_serial_sequence('product_category', 'id'), 10)");
		totalWeight = products.stream().mapToInt(Product::weight).sum();
	}

	/** Longer cycles cost less per month, as hosting companies sell them. */
	private static Map<BillingCycle, BigDecimal> prices(BigDecimal monthly, boolean domain) {
		Map<BillingCycle, BigDecimal> prices = new EnumMap<>(BillingCycle.class);
		for (BillingCycle cycle : BillingCycle.values()) {
			if (domain && cycle.months() < 12) {
				continue;
			}
			BigDecimal months = BigDecimal.valueOf(domain ? cycle.months() / 12 : cycle.months());
			BigDecimal discount = BigDecimal.ONE.subtract(BigDecimal.valueOf(Math.min(cycle.months(), 24) * 0.005));
			prices.put(cycle, monthly.multiply(months).multiply(discount).setScale(2, RoundingMode.HALF_UP));
		}
		return prices;
	}

	Product pick(Random random) {
		int n = random.nextInt(totalWeight);
		for (Product product : products) {
			n -= product.weight();
			if (n < 0) {
				return product;
			}
		}
		return products.getLast();
	}

}
