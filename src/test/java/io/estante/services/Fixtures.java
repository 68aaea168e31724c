package io.estante.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;

/** Products and services made through the API, as staff would make them. */
public final class Fixtures {

	private final ApiClient staff;

	private final int port;

	public Fixtures(int port) {
		this.port = port;
		this.staff = new ApiClient(port).signIn(EstanteIntegrationTest.OWNER_EMAIL,
				EstanteIntegrationTest.OWNER_PASSWORD);
	}

	public ApiClient staff() {
		return staff;
	}

	/**
	 * Staff signed in anew: bearer tokens expire as the test clock moves, so sign in on
	 * the day.
	 */
	public ApiClient staffOnToday() {
		return new ApiClient(port).signIn(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD);
	}

	/** A hosting product sold monthly and yearly, in ARS. */
	public long hostingProduct(String monthly, String annually) {
		return product("HOSTING", Map.of("MONTHLY", monthly, "ANNUALLY", annually));
	}

	public long product(String type, Map<String, String> prices) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		var category = staff.post("/api/v1/admin/categories", Map.of("name", "Cat " + unique));
		assertThat(category.status()).as(category.raw().body()).isEqualTo(201);
		var product = staff.post("/api/v1/admin/products", Map.of("categoryId", category.id("id"), "name",
				"Plan " + unique, "type", type, "currency", "ARS", "prices", prices));
		assertThat(product.status()).as(product.raw().body()).isEqualTo(201);
		return product.id("id");
	}

	/** Records an existing service (migration) and answers its id. */
	public long recordService(long clientId, long productId, String cycle, String status, LocalDate periodStart,
			LocalDate nextDueDate) {
		Map<String, Object> body = new HashMap<>();
		body.put("clientId", clientId);
		body.put("productId", productId);
		body.put("billingCycle", cycle);
		body.put("status", status);
		body.put("periodStart", periodStart.toString());
		body.put("nextDueDate", nextDueDate.toString());
		body.put("amountPaid", "100.00");
		var created = staff.post("/api/v1/admin/services", body);
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		return created.id("id");
	}

}
