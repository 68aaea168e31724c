package io.estante.upgrades.internal;

import static io.estante.shared.BillingCycle.ANNUALLY;
import static io.estante.shared.BillingCycle.MONTHLY;
import static io.estante.shared.BillingCycle.QUARTERLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.estante.catalog.ProductType;
import io.estante.catalog.ProductView;
import io.estante.shared.BillingCycle;
import io.estante.shared.Money;
import io.estante.upgrades.DowngradeNotAllowed;
import io.estante.upgrades.UpgradeNotPossible;

/** Which products are upgrades, and why the others are refused. */
class UpgradeTargetsTests {

	static ProductView product(long id, String name, Map<BillingCycle, String> prices) {
		return product(id, name, "ARS", prices, false);
	}

	static ProductView product(long id, String name, String currency, Map<BillingCycle, String> prices,
			boolean retired) {
		Map<BillingCycle, Money> money = new java.util.EnumMap<>(BillingCycle.class);
		prices.forEach((cycle, amount) -> money.put(cycle, Money.of(amount, currency)));
		return new ProductView(id, 1, "Hosting", name, ProductType.HOSTING, currency, money, false, retired, "manual");
	}

	final ProductView basic = product(1, "Básico", Map.of(MONTHLY, "10", ANNUALLY, "100"));

	final ProductView pro = product(2, "Pro", Map.of(MONTHLY, "15", ANNUALLY, "150"));

	final ProductView mini = product(3, "Mini", Map.of(MONTHLY, "5", ANNUALLY, "50"));

	final ProductView business = product(4, "Negocios", Map.of(ANNUALLY, "300"));

	final UpgradeTargets fromBasicAnnual = new UpgradeTargets(basic, ANNUALLY, Money.of("100", "ARS"));

	@Test
	void offersOnlyHigherDeclaredTargetsThatAreSoldAndInTheSameCurrency() {
		ProductView retired = product(5, "Viejo", "ARS", Map.of(ANNUALLY, "500"), true);
		ProductView dollars = product(6, "Dólar", "USD", Map.of(ANNUALLY, "500"), false);
		ProductView noPrices = product(7, "Sin precio", Map.of());
		assertThat(fromBasicAnnual.possible(List.of(pro, mini, business, retired, dollars, noPrices, basic)))
			.extracting(ProductView::name)
			.containsExactly("Pro", "Negocios");
	}

	@Test
	void aCheaperTargetIsADowngradeEvenWithADeclaredPath() {
		assertThatThrownBy(() -> fromBasicAnnual.require(Optional.of(mini), 3, ANNUALLY, List.of(pro, mini)))
			.isInstanceOfSatisfying(DowngradeNotAllowed.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("upgrades.downgrade");
				assertThat(ex.arguments()).containsExactly("Básico", "Mini");
			});
	}

	@Test
	void aTargetAtTheSamePriceIsNotAnUpgrade() {
		ProductView same = product(8, "Igual", Map.of(ANNUALLY, "100"));
		assertThatThrownBy(() -> fromBasicAnnual.require(Optional.of(same), 8, ANNUALLY, List.of(same)))
			.isInstanceOf(DowngradeNotAllowed.class);
	}

	@Test
	void aHigherTargetWithoutADeclaredPathIsRefused() {
		assertThatThrownBy(() -> fromBasicAnnual.require(Optional.of(business), 4, ANNUALLY, List.of(pro)))
			.isInstanceOfSatisfying(DowngradeNotAllowed.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("upgrades.no-path"));
	}

	@Test
	void aDeclaredHigherTargetInACycleItSells() {
		assertThat(fromBasicAnnual.require(Optional.of(pro), 2, MONTHLY, List.of(pro))).isEqualTo(pro);
	}

	@Test
	void refusesACycleTheTargetDoesNotSell() {
		assertThatThrownBy(() -> fromBasicAnnual.require(Optional.of(business), 4, MONTHLY, List.of(business)))
			.isInstanceOfSatisfying(UpgradeNotPossible.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("upgrades.cycle-not-offered"));
	}

	@Test
	void refusesUnknownRetiredSameProductAndOtherCurrency() {
		assertThatThrownBy(() -> fromBasicAnnual.require(Optional.empty(), 99, ANNUALLY, List.of(pro)))
			.isInstanceOfSatisfying(UpgradeNotPossible.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("upgrades.unknown-product"));
		assertThatThrownBy(() -> fromBasicAnnual.require(Optional.of(basic), 1, ANNUALLY, List.of(pro)))
			.isInstanceOfSatisfying(UpgradeNotPossible.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("upgrades.same-product"));
		ProductView retired = product(5, "Viejo", "ARS", Map.of(ANNUALLY, "500"), true);
		assertThatThrownBy(() -> fromBasicAnnual.require(Optional.of(retired), 5, ANNUALLY, List.of(retired)))
			.isInstanceOfSatisfying(UpgradeNotPossible.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("upgrades.target-retired"));
		ProductView dollars = product(6, "Dólar", "USD", Map.of(ANNUALLY, "500"), false);
		assertThatThrownBy(() -> fromBasicAnnual.require(Optional.of(dollars), 6, ANNUALLY, List.of(dollars)))
			.isInstanceOfSatisfying(UpgradeNotPossible.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("upgrades.currency-mismatch"));
	}

	@Test
	void withoutTheServicesCycleEveryCycleOfTheTargetIsComparedPerMonth() {
		UpgradeTargets fromBasicMonthly = new UpgradeTargets(basic, MONTHLY, Money.of("10", "ARS"));
		// 300 a year is 25 a month > 10
		assertThat(fromBasicMonthly.higher(business)).isTrue();
		// 100 a year is 8.33 a month < 10 a month: cheaper somewhere, so not higher
		ProductView yearlyCheap = product(9, "Anual barato", Map.of(ANNUALLY, "100", QUARTERLY, "60"));
		assertThat(fromBasicMonthly.higher(yearlyCheap)).isFalse();
		ProductView quarterlyOnly = product(10, "Trimestral", Map.of(QUARTERLY, "31"));
		assertThat(fromBasicMonthly.higher(quarterlyOnly)).isTrue();
	}

	@Test
	void whenTheCurrentProductNoLongerSellsTheCycleWhatWasPaidIsTheReference() {
		UpgradeTargets fromBasicQuarterly = new UpgradeTargets(basic, QUARTERLY, Money.of("28", "ARS"));
		ProductView quarterly = product(11, "Q", Map.of(QUARTERLY, "29"));
		assertThat(fromBasicQuarterly.higher(quarterly)).isTrue();
		assertThat(fromBasicQuarterly.higher(product(12, "Q2", Map.of(QUARTERLY, "28")))).isFalse();
	}

}
