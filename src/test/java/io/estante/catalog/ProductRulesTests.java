package io.estante.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.estante.catalog.internal.CatalogRefusal;
import io.estante.catalog.internal.ProductRules;
import io.estante.shared.BillingCycle;
import io.estante.shared.Money;

/** What a product's fields may hold. */
class ProductRulesTests {

	@Test
	void pricesAreExactAtTheCurrencysMinorUnitAndNeverRounded() {
		assertThat(ProductRules.price("10", "ARS")).isEqualTo(Money.of("10.00", "ARS"));
		assertThat(ProductRules.price("10.5", "USD")).isEqualTo(Money.of("10.50", "USD"));
		assertThat(ProductRules.price("10.500", "USD")).isEqualTo(Money.of("10.50", "USD"));
		assertThat(ProductRules.price("0", "ARS").isZero()).isTrue();
		assertThat(ProductRules.price("1500", "JPY").plain()).isEqualTo("1500");
		for (String bad : new String[] { "10.005", "-0.01", "abc", "1e3x", "1000000000000" }) {
			assertThatThrownBy(() -> ProductRules.price(bad, "ARS")).isInstanceOf(CatalogRefusal.class)
				.extracting(ex -> ((CatalogRefusal) ex).field())
				.isEqualTo("prices");
		}
		assertThatThrownBy(() -> ProductRules.price("10.5", "JPY")).isInstanceOf(CatalogRefusal.class);
	}

	@Test
	void pricesSkipEmptyBoxesAndKeepCycleOrder() {
		Map<String, String> raw = new LinkedHashMap<>();
		raw.put("annually", "100");
		raw.put("MONTHLY", "10");
		raw.put("QUARTERLY", " ");
		assertThat(ProductRules.prices(raw, "ARS")).containsExactly(
				Map.entry(BillingCycle.MONTHLY, Money.of("10", "ARS")),
				Map.entry(BillingCycle.ANNUALLY, Money.of("100", "ARS")));
		assertThatThrownBy(() -> ProductRules.prices(Map.of("WEEKLY", "1"), "ARS")).isInstanceOf(CatalogRefusal.class);
	}

	@Test
	void currencyTypeNameAndProvisioningAreChecked() {
		assertThat(ProductRules.currency(" usd ")).isEqualTo("USD");
		assertThatThrownBy(() -> ProductRules.currency("XYZW")).isInstanceOf(CatalogRefusal.class);
		assertThatThrownBy(() -> ProductRules.currency("QQQ")).isInstanceOf(CatalogRefusal.class);
		assertThat(ProductRules.type("radio")).isEqualTo(ProductType.RADIO);
		assertThatThrownBy(() -> ProductRules.type("VPS")).isInstanceOf(CatalogRefusal.class);
		assertThat(ProductRules.name("name", "  Plan  ")).isEqualTo("Plan");
		assertThatThrownBy(() -> ProductRules.name("name", "x".repeat(101))).isInstanceOf(CatalogRefusal.class);
		assertThat(ProductRules.provisioning(null)).isEqualTo("manual");
		assertThat(ProductRules.provisioning("cpanel-whm")).isEqualTo("cpanel-whm");
		assertThatThrownBy(() -> ProductRules.provisioning("Bad Name")).isInstanceOf(CatalogRefusal.class);
	}

}
