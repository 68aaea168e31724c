package io.estante.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.WebSession;

/**
 * The service pages render what the server holds and accept staff's actions: "Mis
 * servicios" for the client, the list, detail and to-dos for staff.
 */
@EstanteIntegrationTest
class ServicePagesTests {

	@LocalServerPort
	int port;

	@Test
	void clientSeesOwnServicesAndTurnsAutoRenewOff() {
		Fixtures fixtures = new Fixtures(port);
		var client = new ApiClient(port).signUpClient("Paula");
		long product = fixtures.hostingProduct("1200.00", "12000.00");
		long id = fixtures.recordService(client.id(), product, "MONTHLY", "ACTIVE", LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 4, 1));
		WebSession web = WebSession.client(port, client.email(), client.password());

		var list = web.get("/client/services");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.html()).contains("data-service=\"" + id + "\"").contains("Activo").contains("01/04/2027");

		var page = web.get("/client/services/" + id);
		assertThat(page.html()).contains("Desactivar renovación automática")
			.contains("01/03/2027 → 01/04/2027")
			.contains("id=\"next-due\">01/04/2027<");
		var after = web.post("/client/services/" + id + "/auto-renew", Map.of("enabled", "false"));
		assertThat(after.html()).contains("La renovación automática quedó desactivada");
		assertThat(fixtures.staff().get("/api/v1/services/" + id).body().path("autoRenew").asBoolean()).isFalse();
		assertThat(web.get("/client/services/" + id + "?lang=en").html()).contains("Mar 1, 2027 → Apr 1, 2027")
			.contains("id=\"next-due\">Apr 1, 2027<");

		ApiClient.SignedUp other = new ApiClient(port).signUpClient("Otro");
		assertThat(WebSession.client(port, other.email(), other.password()).get("/client/services/" + id).status())
			.isEqualTo(404);
	}

	@Test
	void staffSuspendForFraudRiskFromTheServicePageAndTickTheToDo() {
		Fixtures fixtures = new Fixtures(port);
		var client = new ApiClient(port).signUpClient("Ines");
		long product = fixtures.hostingProduct("1200.00", "12000.00");
		long id = fixtures.recordService(client.id(), product, "MONTHLY", "ACTIVE", LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 4, 1));
		WebSession web = WebSession.staff(port, EstanteIntegrationTest.OWNER_EMAIL,
				EstanteIntegrationTest.OWNER_PASSWORD);

		assertThat(web.get("/admin/services?clientId=" + client.id()).html()).contains("data-service=\"" + id + "\"");
		var detail = web.get("/admin/services/" + id);
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.html()).contains("id=\"suspend-form\"").contains("Riesgo de fraude");

		var suspended = web.post("/admin/services/" + id + "/suspension",
				Map.of("reason", "FRAUD_RISK", "note", "documento falso"));
		assertThat(suspended.uri()).endsWith("/admin/services/" + id);
		assertThat(suspended.html()).contains("Servicio suspendido.").contains("documento falso");
		assertThat(suspended.html()).contains("id=\"reactivate\"").doesNotContain("id=\"suspend-form\"");

		var illegal = web.post("/admin/services/" + id + "/suspension", Map.of("reason", "ABUSE"));
		assertThat(illegal.html()).contains("no puede pasar a SUSPENDED");

		await().atMost(Duration.ofSeconds(10))
			.until(() -> web.get("/admin/provisioning").html().contains("href=\"/admin/services/" + id + "\""));
		String toDos = web.get("/admin/provisioning").html();
		String marker = "href=\"/admin/services/" + id + "\"";
		String row = toDos.substring(toDos.lastIndexOf("data-task=\"", toDos.indexOf(marker)));
		String taskId = row.substring("data-task=\"".length(), row.indexOf('"', "data-task=\"".length()));
		var ticked = web.post("/admin/provisioning/" + taskId + "/completion", Map.of());
		assertThat(ticked.html()).contains("Tarea marcada como hecha.").doesNotContain(marker);
	}

}
