package io.estante.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.catalog.internal.CatalogManagement;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.WebSession;

/** The admin catalog pages: forms that create, change and refuse inline. */
@EstanteIntegrationTest
class AdminCatalogPageTests {

	@LocalServerPort
	int port;

	@Autowired
	CatalogManagement catalog;

	@Test
	void staffCreatesACategoryAndAProductThenDeclaresAnUpgradeFromThePages() {
		WebSession staff = WebSession.staff(port, EstanteIntegrationTest.OWNER_EMAIL,
				EstanteIntegrationTest.OWNER_PASSWORD);
		String category = "Streaming " + UUID.randomUUID().toString().substring(0, 6);
		assertThat(staff.get("/admin/catalog").status()).isEqualTo(200);
		var listed = staff.post("/admin/catalog/categories", Map.of("name", category));
		assertThat(listed.html()).contains(category).contains("Categoría creada");
		long categoryId = catalog.categories()
			.stream()
			.filter(c -> c.name().equals(category))
			.findFirst()
			.orElseThrow()
			.id();

		staff.get("/admin/catalog/products/new");
		var refused = staff.post("/admin/catalog/products", productFields(categoryId, "Radio Chica", "12.345"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html()).contains("field-error").contains("no es un precio válido");
		assertThat(refused.html()).contains("value=\"Radio Chica\"");

		var small = staff.post("/admin/catalog/products", productFields(categoryId, "Radio Chica", "10.00"));
		assertThat(small.uri()).matches(".*/admin/catalog/products/\\d+");
		assertThat(small.html()).contains("Producto creado").contains("value=\"10.00\"");
		staff.get("/admin/catalog/products/new");
		var big = staff.post("/admin/catalog/products", productFields(categoryId, "Radio Grande", "20.00"));
		long smallId = idOf(small.uri());
		long bigId = idOf(big.uri());

		staff.get("/admin/catalog/products/" + smallId);
		var upgraded = staff.post("/admin/catalog/products/" + smallId + "/upgrade-paths",
				Map.of("targetProductId", String.valueOf(bigId)));
		assertThat(upgraded.html()).contains("Mejora declarada").contains("Radio Grande");
		assertThat(catalog.upgradeTargets(smallId)).extracting(ProductView::id).containsExactly(bigId);

		Map<String, String> retire = productFields(categoryId, "Radio Grande", "25.00");
		retire.put("retired", "on");
		var retired = staff.post("/admin/catalog/products/" + bigId, retire);
		assertThat(retired.html()).contains("Cambios guardados").contains("Retirado");
		assertThat(catalog.product(bigId).orElseThrow().retired()).isTrue();
		assertThat(staff.get("/admin/catalog").html()).contains("Radio Grande").contains("Retirado");
	}

	private static Map<String, String> productFields(long categoryId, String name, String monthly) {
		Map<String, String> fields = new HashMap<>();
		fields.put("name", name);
		fields.put("categoryId", String.valueOf(categoryId));
		fields.put("type", "RADIO");
		fields.put("currency", "ARS");
		fields.put("prices[MONTHLY]", monthly);
		fields.put("prices[ANNUALLY]", "");
		fields.put("provisioning", "manual");
		fields.put("description", "");
		fields.put("_hidden", "on");
		fields.put("_retired", "on");
		return fields;
	}

	private static long idOf(String uri) {
		return Long.parseLong(uri.substring(uri.lastIndexOf('/') + 1));
	}

}
