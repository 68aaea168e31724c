package io.estante.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.services.Fixtures;
import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;

/**
 * A client's token reads neither staff endpoints (403) nor another client's data (404, so
 * ids of others' records are never confirmed).
 */
@EstanteIntegrationTest
class ClientAccessTests {

	@LocalServerPort
	int port;

	@Test
	void aClientTokenGets403OnStaffEndpointsAnd404OnAnotherClientsData() {
		Fixtures fixtures = new Fixtures(port);
		ApiClient anonymous = new ApiClient(port);
		var owner = anonymous.signUpClient("Duena");
		var other = anonymous.signUpClient("Ajena");
		long service = fixtures.recordService(owner.id(), fixtures.hostingProduct("1000.00", "10000.00"), "MONTHLY",
				"ACTIVE", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1));

		assertThat(owner.api().get("/api/v1/services/" + service).status()).isEqualTo(200);
		assertThat(other.api().get("/api/v1/services/" + service).status()).isEqualTo(404);
		assertThat(other.api().get("/api/v1/admin/clients/" + owner.id()).status()).isEqualTo(403);
		assertThat(other.api().get("/api/v1/admin/clients?query=Duena").status()).isEqualTo(403);
		assertThat(other.api().get("/api/v1/admin/audit?clientId=" + owner.id()).status()).isEqualTo(403);
		assertThat(other.api().get("/api/v1/me").text("email")).isEqualTo(other.email());
	}

}
