package io.estante.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;

/** The application serves its OpenAPI document, with the account endpoints in it. */
@EstanteIntegrationTest
class OpenApiDocumentTests {

	@LocalServerPort
	int port;

	/**
	 * The document is built on its first request, scanning every controller: on a busy
	 * machine that can take longer than ApiClient's 30 seconds, so this request waits
	 * longer.
	 */
	@Test
	void servesTheOpenApiDocumentWithoutSigningIn() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/openapi"))
				.timeout(Duration.ofMinutes(3))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		var document = ApiClient.json().readTree(response.body());
		assertThat(document.path("openapi").asString()).startsWith("3.");
		var paths = document.path("paths");
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
