package io.estante.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * X-Forwarded-For counts only when the request comes from a trusted proxy
 * ({@code server.tomcat.remoteip.internal-proxies}; private and loopback addresses by
 * default). Here loopback is not trusted: a client that forges the header is audited, and
 * throttled, under its real address.
 */
@EstanteIntegrationTest
@TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=192\\.0\\.2\\.1")
class ForwardedAddressTests {

	@LocalServerPort
	int port;

	@Test
	void aForgedForwardedForFromAnUntrustedPeerIsIgnored() {
		ApiClient anonymous = new ApiClient(port);
		var client = anonymous.signUpClient("Forjada");
		String body = ApiClient.json()
			.writeValueAsString(Map.of("email", client.email(), "password", client.password()));
		var signedIn = anonymous.postRaw("/api/v1/sessions", body,
				Map.of("Content-Type", "application/json", "X-Forwarded-For", "198.51.100.23"));
		assertThat(signedIn.status()).isEqualTo(201);

		ApiClient staff = anonymous.signIn(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD);
		var page = staff.get("/api/v1/admin/audit?clientId=" + client.id());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body().path("items")).isNotEmpty();
		for (JsonNode entry : page.body().path("items")) {
			assertThat(entry.path("address").asString()).as(entry.toString()).isEqualTo("127.0.0.1");
		}
	}

}
