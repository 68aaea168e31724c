package io.estante.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.WebSession;

/**
 * "Mi cuenta" and the staff client pages as the server renders them: forms, inline
 * errors, the verification form and the fraud flag.
 */
@EstanteIntegrationTest
class ClientPagesTests {

	@LocalServerPort
	int port;

	@Test
	void aClientEditsItsDetailsWithThePhoneStoredInE164AndSeesErrorsInline() {
		var client = new ApiClient(port).signUpClient("Paula");
		WebSession web = WebSession.client(port, client.email(), client.password());
		assertThat(web.get("/client/account").contains("Mi cuenta")).isTrue();

		var bad = web.post("/client/account/details",
				Map.of("firstName", "Paula", "lastName", "Tester", "phone", "12345", "language", "es"));
		assertThat(bad.html()).contains("class=\"field-error\"").contains("no es un teléfono válido");

		var saved = web.post("/client/account/details", Map.of("firstName", "Paula", "lastName", "Gómez", "phone",
				"0351 15 555-4321", "language", "es", "confirmPassword", client.password()));
		assertThat(saved.uri()).endsWith("/client/account");
		assertThat(saved.html()).contains("Guardamos tus datos").contains("+5493515554321");
		assertThat(client.api().get("/api/v1/me").text("phone")).isEqualTo("+5493515554321");
		assertThat(client.api().get("/api/v1/me").text("lastName")).isEqualTo("Gómez");
	}

	@Test
	void choosingEnglishSwitchesTheAccountAndTheInterface() {
		var client = new ApiClient(port).signUpClient("Lang");
		WebSession web = WebSession.client(port, client.email(), client.password());
		web.get("/client/account");
		var english = web.post("/client/account/details", Map.of("firstName", "Lang", "lastName", "Tester", "phone", "",
				"language", "en", "confirmPassword", client.password()));
		assertThat(english.html()).contains("My account").contains("Your details were saved");
		assertThat(client.api().get("/api/v1/me").text("language")).isEqualTo("en");
	}

	@Test
	void changingThePasswordNeedsTheCurrentOne() {
		var client = new ApiClient(port).signUpClient("Clave");
		WebSession web = WebSession.client(port, client.email(), client.password());
		web.get("/client/account");
		var wrong = web.post("/client/account/password", Map.of("currentPassword", "not-my-password-1", "newPassword",
				"nueva-clave-segura-9", "repeatPassword", "nueva-clave-segura-9"));
		assertThat(wrong.html()).contains("La contraseña actual no es correcta");
		var weak = web.post("/client/account/password", Map.of("currentPassword", client.password(), "newPassword",
				"123456789", "repeatPassword", "123456789"));
		assertThat(weak.html()).contains("al menos 10 caracteres");
		var done = web.post("/client/account/password", Map.of("currentPassword", client.password(), "newPassword",
				"nueva-clave-segura-9", "repeatPassword", "nueva-clave-segura-9"));
		assertThat(done.html()).contains("Cambiaste tu contraseña");
		new ApiClient(port).signIn(client.email(), "nueva-clave-segura-9");
	}

	@Test
	void staffSearchOpenAndVerifyAClientAndSeeTheFraudFlagOfADuplicate() {
		ApiClient anonymous = new ApiClient(port);
		var first = anonymous.signUpClient("Holder");
		var second = anonymous.signUpClient("Copycat");
		WebSession staff = WebSession.staff(port, EstanteIntegrationTest.OWNER_EMAIL,
				EstanteIntegrationTest.OWNER_PASSWORD);

		var list = staff.get("/admin/clients?q=" + first.email());
		assertThat(list.html()).contains("data-client=\"" + first.id() + "\"")
			.doesNotContain("data-client=\"" + second.id() + "\"");

		String document = ClientVerificationApiTests.freshDocument();
		staff.get("/admin/clients/" + first.id());
		var invalid = staff.post("/admin/clients/" + first.id() + "/verification", Map.of("documentId", "1"));
		assertThat(invalid.html()).contains("class=\"field-error\"").contains("número de documento");
		var verified = staff.post("/admin/clients/" + first.id() + "/verification", Map.of("documentId", document));
		assertThat(verified.html()).contains("Identidad verificada.").contains("id=\"verified\"");

		staff.get("/admin/clients/" + second.id());
		var refused = staff.post("/admin/clients/" + second.id() + "/verification", Map.of("documentId", document));
		assertThat(refused.html()).contains("id=\"fraud-risk\"")
			.contains("ya pertenece al cliente #" + first.id())
			.contains("id=\"flags\"");
		assertThat(staff.get("/admin/clients?q=" + second.email()).html()).contains("Riesgo de fraude");
		assertThat(staff.get("/admin/clients/" + second.id()).html())
			.contains("/admin/services?clientId=" + second.id())
			.contains("/admin/invoices?q=c:" + second.id());

		long flag = anonymous.signIn(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD)
			.get("/api/v1/admin/clients/" + second.id())
			.body()
			.path("fraudFlags")
			.get(0)
			.path("id")
			.asLong();
		assertThat(staff.get("/admin/clients/" + first.id()).html()).as("closed from the flagged client's page only")
			.doesNotContain("id=\"flag-form-" + flag + "\"");
		assertThat(staff.get("/admin/clients/" + second.id()).html()).contains("id=\"flag-form-" + flag + "\"");
		var blank = staff.post("/admin/clients/" + second.id() + "/fraud-flags/" + flag + "/resolution",
				Map.of("note", "  "));
		assertThat(blank.html()).contains("class=\"field-error\"")
			.contains("Escribí qué encontró la revisión")
			.contains("id=\"fraud-risk\"");
		var closed = staff.post("/admin/clients/" + second.id() + "/fraud-flags/" + flag + "/resolution",
				Map.of("note", "Hermanos con el mismo DNI cargado por error"));
		assertThat(closed.html()).contains("Cerraste la alerta de fraude.")
			.contains("Hermanos con el mismo DNI cargado por error")
			.doesNotContain("id=\"fraud-risk\"")
			.doesNotContain("id=\"flag-form-" + flag + "\"")
			.containsPattern("Cerrada por [^<]+ el \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:");
		assertThat(staff.get("/admin/audit?clientId=" + second.id()).html())
			.containsPattern(">\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}<");
		assertThat(staff.get("/admin/clients?q=" + second.email()).html()).doesNotContain("Riesgo de fraude");
	}

}
