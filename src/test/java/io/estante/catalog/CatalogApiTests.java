package io.estante.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.shared.BillingCycle;
import io.estante.shared.Money;
import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Categories, products, prices and upgrade paths over HTTP, and the Catalog API. */
@EstanteIntegrationTest
class CatalogApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Catalog catalog;

	ApiClient anonymous;

	ApiClient staff;

	long categoryId;

	@BeforeEach
	void setUp() {
		anonymous = new ApiClient(port);
		staff = anonymous.signIn(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD);
		var category = staff.post("/api/v1/admin/categories", Map.of("name", "Hosting " + unique()));
		assertThat(category.status()).isEqualTo(201);
		categoryId = category.id("id");
	}

	@Test
	void staffCreatesAProductThatThePublicCatalogListsWithItsPricesPerCycle() {
		var created = staff.post("/api/v1/admin/products", Map.of("categoryId", categoryId, "name", "Plan Inicial",
				"type", "HOSTING", "currency", "ars", "prices", Map.of("MONTHLY", "1500", "ANNUALLY", "15000.50")));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("currency")).isEqualTo("ARS");
		assertThat(created.text("provisioning")).isEqualTo("manual");
		assertThat(created.body().path("prices").path("MONTHLY").asString()).isEqualTo("1500.00");
		assertThat(created.body().path("prices").path("ANNUALLY").asString()).isEqualTo("15000.50");

		JsonNode listed = find(anonymous.get("/api/v1/products").body(), created.id("id"));
		assertThat(listed).isNotNull();
		assertThat(listed.path("type").asString()).isEqualTo("HOSTING");
		assertThat(listed.path("categoryId").asLong()).isEqualTo(categoryId);
		assertThat(listed.path("orderable").asBoolean()).isTrue();
		assertThat(anonymous.get("/api/v1/products/" + created.id("id")).status()).isEqualTo(200);

		ProductView view = catalog.product(created.id("id")).orElseThrow();
		assertThat(view.price(BillingCycle.MONTHLY)).contains(Money.of("1500.00", "ARS"));
		assertThat(view.price(BillingCycle.QUARTERLY)).isEmpty();
	}

	@Test
	void hiddenAndRetiredProductsLeaveThePublicCatalogButStayReadableForServices() {
		long hidden = product("Oculto", "HOSTING", Map.of("MONTHLY", "10.00"), true);
		long retired = product("Viejo", "HOSTING", Map.of("MONTHLY", "10.00"), false);
		var retiring = staff.patch("/api/v1/admin/products/" + retired, Map.of("retired", true));
		assertThat(retiring.status()).isEqualTo(200);
		assertThat(retiring.body().path("orderable").asBoolean()).isFalse();

		JsonNode items = anonymous.get("/api/v1/products").body();
		assertThat(find(items, hidden)).isNull();
		assertThat(find(items, retired)).isNull();
		assertThat(anonymous.get("/api/v1/products/" + retired).status()).isEqualTo(404);
		assertThat(find(staff.get("/api/v1/admin/products").body(), retired)).isNotNull();

		assertThat(catalog.product(retired)).hasValueSatisfying(p -> {
			assertThat(p.retired()).isTrue();
			assertThat(p.orderable()).isFalse();
			assertThat(p.price(BillingCycle.MONTHLY)).isPresent();
		});
		assertThat(catalog.products(List.of(hidden, retired, 999_999L))).containsOnlyKeys(hidden, retired);
	}

	@Test
	void changingPricesSetsTheCyclesGivenAndNeverDeletesAPriceAServiceMayRenewAt() {
		long id = product("Radio 64k", "RADIO", Map.of("MONTHLY", "5.00", "ANNUALLY", "50.00"), false);
		var changed = staff.patch("/api/v1/admin/products/" + id,
				Map.of("prices", Map.of("MONTHLY", "6.00", "ANNUALLY", "", "QUARTERLY", "16.00"), "name", "Radio 128k",
						"provisioning", "centova-cast"));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.text("name")).isEqualTo("Radio 128k");
		assertThat(changed.text("provisioning")).isEqualTo("centova-cast");
		assertThat(changed.body().path("prices").path("MONTHLY").asString()).isEqualTo("6.00");
		assertThat(changed.body().path("prices").path("QUARTERLY").asString()).isEqualTo("16.00");
		assertThat(changed.body().path("prices").path("ANNUALLY").asString()).isEqualTo("50.00");
	}

	@Test
	void refusesBadProductsWithTheFieldAtFaultInTheCallersLanguage() {
		ApiClient english = staff.inLanguage("en");
		var currency = english.post("/api/v1/admin/products", Map.of("categoryId", categoryId, "name", "X", "type",
				"HOSTING", "currency", "PESOS", "prices", Map.of("MONTHLY", "1")));
		assertThat(currency.status()).isEqualTo(400);
		assertThat(currency.contentType()).startsWith("application/problem+json");
		assertThat(currency.text("detail")).contains("ISO 4217");
		assertThat(currency.body().path("errors").path(0).path("field").asString()).isEqualTo("currency");

		assertThat(field(english.post("/api/v1/admin/products", Map.of("categoryId", categoryId, "name", "X", "type",
				"HOSTING", "currency", "ARS", "prices", Map.of("MONTHLY", "10.005")))))
			.isEqualTo("prices");
		assertThat(field(english.post("/api/v1/admin/products", Map.of("categoryId", categoryId, "name", "X", "type",
				"HOSTING", "currency", "ARS", "prices", Map.of("MONTHLY", "-1")))))
			.isEqualTo("prices");
		assertThat(field(english.post("/api/v1/admin/products", Map.of("categoryId", categoryId, "name", "X", "type",
				"HOSTING", "currency", "ARS", "prices", Map.of("WEEKLY", "1")))))
			.isEqualTo("prices");
		assertThat(field(english.post("/api/v1/admin/products", Map.of("categoryId", categoryId, "name", "X", "type",
				"HOSTING", "currency", "ARS", "prices", Map.of()))))
			.isEqualTo("prices");
		assertThat(field(english.post("/api/v1/admin/products", Map.of("categoryId", categoryId, "name", " ", "type",
				"HOSTING", "currency", "ARS", "prices", Map.of("MONTHLY", "1")))))
			.isEqualTo("name");
		assertThat(field(english.post("/api/v1/admin/products", Map.of("categoryId", categoryId, "name", "X", "type",
				"VPS", "currency", "ARS", "prices", Map.of("MONTHLY", "1")))))
			.isEqualTo("type");
		var domain = english.post("/api/v1/admin/products", Map.of("categoryId", categoryId, "name", ".com.ar", "type",
				"DOMAIN", "currency", "ARS", "prices", Map.of("MONTHLY", "100")));
		assertThat(domain.status()).isEqualTo(400);
		assertThat(domain.text("detail")).contains("by the year");
		var category = english.post("/api/v1/admin/products", Map.of("categoryId", 987_654, "name", "X", "type",
				"HOSTING", "currency", "ARS", "prices", Map.of("MONTHLY", "1")));
		assertThat(category.status()).isEqualTo(422);
		var duplicate = staff.post("/api/v1/admin/categories", Map.of("name",
				staff.get("/api/v1/admin/categories").body().path("items").path(0).path("name").asString()));
		assertThat(duplicate.status()).isEqualTo(409);
	}

	@Test
	void staffDeclaresUpgradePathsOnceAndOnlyBetweenProductsOfTheSameTypeAndCurrency() {
		long basic = product("Básico", "HOSTING", Map.of("MONTHLY", "10.00"), false);
		long pro = product("Pro", "HOSTING", Map.of("MONTHLY", "20.00"), false);
		long radio = product("Radio", "RADIO", Map.of("MONTHLY", "20.00"), false);

		var declared = staff.post("/api/v1/admin/products/" + basic + "/upgrade-paths", Map.of("targetProductId", pro));
		assertThat(declared.status()).isEqualTo(201);
		assertThat(declared.body().path("upgradeTargetIds").path(0).asLong()).isEqualTo(pro);
		assertThat(staff.post("/api/v1/admin/products/" + basic + "/upgrade-paths", Map.of("targetProductId", pro))
			.status()).isEqualTo(200);
		assertThat(catalog.upgradeTargets(basic)).extracting(ProductView::id).containsExactly(pro);

		assertThat(staff.post("/api/v1/admin/products/" + basic + "/upgrade-paths", Map.of("targetProductId", basic))
			.status()).isEqualTo(422);
		var mismatch = staff.post("/api/v1/admin/products/" + basic + "/upgrade-paths",
				Map.of("targetProductId", radio));
		assertThat(mismatch.status()).isEqualTo(422);
		assertThat(mismatch.body().path("errors").path(0).path("field").asString()).isEqualTo("targetProductId");
		assertThat(staff.post("/api/v1/admin/products/" + 999_999 + "/upgrade-paths", Map.of("targetProductId", pro))
			.status()).isEqualTo(404);

		staff.patch("/api/v1/admin/products/" + pro, Map.of("retired", true));
		assertThat(catalog.upgradeTargets(basic)).isEmpty();
		assertThat(staff.delete("/api/v1/admin/products/" + basic + "/upgrade-paths/" + pro).status()).isEqualTo(204);
		assertThat(staff.delete("/api/v1/admin/products/" + basic + "/upgrade-paths/" + pro).status()).isEqualTo(404);
		assertThat(staff.post("/api/v1/admin/products/" + basic + "/upgrade-paths", Map.of("targetProductId", pro))
			.status()).isEqualTo(422);
	}

	@Test
	void onlyStaffChangesTheCatalog() {
		var client = anonymous.signUpClient("Cata").api();
		assertThat(client.post("/api/v1/admin/categories", Map.of("name", "Nope")).status()).isEqualTo(403);
		assertThat(client.get("/api/v1/admin/products").status()).isEqualTo(403);
		assertThat(anonymous.post("/api/v1/admin/categories", Map.of("name", "Nope")).status()).isEqualTo(401);
		assertThat(client.get("/api/v1/products").status()).isEqualTo(200);
	}

	private long product(String name, String type, Map<String, String> prices, boolean hidden) {
		var created = staff.post("/api/v1/admin/products", Map.of("categoryId", categoryId, "name", name, "type", type,
				"currency", "ARS", "prices", prices, "hidden", hidden));
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		return created.id("id");
	}

	private static String field(ApiClient.Response response) {
		assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
		return response.body().path("errors").path(0).path("field").asString();
	}

	private static JsonNode find(JsonNode list, long id) {
		for (JsonNode item : list.path("items")) {
			if (item.path("id").asLong() == id) {
				return item;
			}
		}
		return null;
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
