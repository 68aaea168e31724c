package io.estante.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Staff find clients by name (accents ignored), e-mail or phone, page by page. */
@EstanteIntegrationTest
class ClientSearchApiTests {

	@LocalServerPort
	int port;

	@Test
	void findsByNameEmailAndPhoneAndPages() {
		ApiClient anonymous = new ApiClient(port);
		ApiClient staff = anonymous.signIn(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD);
		String surname = "Núñez" + UUID.randomUUID().toString().substring(0, 6);
		String email = "sofia-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		var created = anonymous.post("/api/v1/clients",
				Map.of("email", email, "password", "buscame-por-favor-1", "firstName", "Sofía", "lastName", surname,
						"phone", "+54 9 351 555-" + (1000 + (int) (Math.random() * 8999))));
		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		long id = created.id("id");
		String phone = created.text("phone");

		assertThat(ids(staff, surname.replace("ú", "u").replace("Ñ", "N").toLowerCase())).containsExactly(id);
		assertThat(ids(staff, "sofia " + surname.toLowerCase())).containsExactly(id);
		assertThat(ids(staff, email.substring(0, 12).toUpperCase() + "@")).isEmpty();
		assertThat(ids(staff, email.toUpperCase())).containsExactly(id);
		assertThat(ids(staff, "0351 15 " + phone.substring(7))).containsExactly(id);
		assertThat(ids(staff, phone)).containsExactly(id);

		for (int i = 0; i < 3; i++) {
			anonymous.post("/api/v1/clients", Map.of("email", "page" + i + "-" + email, "password",
					"buscame-por-favor-1", "firstName", "Pagina", "lastName", surname));
		}
		var page1 = staff.get("/api/v1/admin/clients?query=" + encode(surname) + "&limit=2");
		assertThat(page1.body().path("items")).hasSize(2);
		long cursor = page1.body().path("nextCursor").asLong();
		var page2 = staff.get("/api/v1/admin/clients?query=" + encode(surname) + "&limit=2&before=" + cursor);
		assertThat(page2.body().path("items")).hasSize(2);
		assertThat(page2.body().path("nextCursor").isMissingNode() || page2.body().path("nextCursor").isNull())
			.isTrue();
	}

	private static List<Long> ids(ApiClient staff, String query) {
		var found = staff.get("/api/v1/admin/clients?query=" + encode(query));
		assertThat(found.status()).as(found.raw().body()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		for (JsonNode item : found.body().path("items")) {
			ids.add(item.path("id").asLong());
		}
		return ids;
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
