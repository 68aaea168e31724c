package io.estante.clients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;

/** The application serves its OpenAPI document, with the account endpoints in it. */
@EstanteIntegrationTest
class OpenApiDocumentTests {

	@LocalServerPort
	int port;

	@Test
	void servesTheOpenApiDocumentWithoutSigningIn() {
		var document = new ApiClient(port).get("/api/v1/openapi");
		assertThat(document.status()).isEqualTo(200);
		assertThat(document.text("openapi")).startsWith("3.");
		var paths = document.body().path("paths");
		assertThat(paths.has("/api/v1/clients")).isTrue();
		assertThat(paths.has("/api/v1/me")).isTrue();
		assertThat(paths.has("/api/v1/me/password")).isTrue();
		assertThat(paths.has("/api/v1/sessions")).isTrue();
		assertThat(paths.has("/api/v1/password-resets")).isTrue();
		assertThat(paths.has("/api/v1/password-resets/confirmation")).isTrue();
		assertThat(paths.has("/api/v1/admin/clients")).isTrue();
		assertThat(paths.has("/api/v1/admin/clients/{id}")).isTrue();
		assertThat(paths.has("/api/v1/admin/clients/{id}/verification")).isTrue();
		assertThat(paths.has("/api/v1/admin/audit")).isTrue();
	}

}
