package io.estante.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;

/** Staff verify clients' identity documents over HTTP: one person, one account. */
@EstanteIntegrationTest
class ClientVerificationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient anonymous;

	ApiClient staff;

	@BeforeEach
	void signIn() {
		anonymous = new ApiClient(port);
		staff = anonymous.signIn(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD);
	}

	/** A document number no other test uses, written with dots as people do. */
	static String freshDocument() {
		String digits = String
			.valueOf(Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 90_000_000L + 10_000_000L);
		return digits.substring(0, 2) + "." + digits.substring(2, 5) + "." + digits.substring(5);
	}

	@Test
	void staffVerifiesAClientAndBothSeeItVerified() {
		var client = anonymous.signUpClient("Vera");
		String document = freshDocument();
		var verified = staff.post("/api/v1/admin/clients/" + client.id() + "/verification",
				Map.of("documentId", " " + document.toLowerCase() + " "));
		assertThat(verified.status()).as(verified.raw().body()).isEqualTo(200);
		assertThat(verified.body().path("verified").asBoolean()).isTrue();
		assertThat(verified.text("documentId")).isEqualTo(document.replace(".", ""));

		var read = staff.get("/api/v1/admin/clients/" + client.id());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().path("verified").asBoolean()).isTrue();
		assertThat(read.body().path("fraudRisk").asBoolean()).isFalse();
		assertThat(client.api().get("/api/v1/me").body().path("verified").asBoolean()).isTrue();

		var again = staff.post("/api/v1/admin/clients/" + client.id() + "/verification",
				Map.of("documentId", document.replace(".", "-")));
		assertThat(again.status()).as("the same document again changes nothing").isEqualTo(200);
		var other = staff.post("/api/v1/admin/clients/" + client.id() + "/verification",
				Map.of("documentId", freshDocument()));
		assertThat(other.status()).isEqualTo(409);
		assertThat(audit("client:" + client.id(), "CLIENT_VERIFIED")).isEqualTo(1);
	}

	@Test
	void aSecondClientWithAUsedDocumentIsRefusedAndFlaggedAsAFraudRisk() {
		var first = anonymous.signUpClient("Primera");
		var second = anonymous.signUpClient("Segunda");
		String document = freshDocument();
		assertThat(staff.post("/api/v1/admin/clients/" + first.id() + "/verification", Map.of("documentId", document))
			.status()).isEqualTo(200);

		var refused = staff.inLanguage("en")
			.post("/api/v1/admin/clients/" + second.id() + "/verification",
					Map.of("documentId", document.replace(".", " ")));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.text("detail")).contains("client #" + first.id()).contains("fraud risk");

		var flagged = staff.get("/api/v1/admin/clients/" + second.id());
		assertThat(flagged.body().path("verified").asBoolean()).isFalse();
		assertThat(flagged.body().path("fraudRisk").asBoolean()).isTrue();
		assertThat(flagged.body().path("fraudFlags").get(0).path("otherClientId").asLong()).isEqualTo(first.id());
		assertThat(audit("client:" + second.id(), "CLIENT_FRAUD_FLAGGED")).isEqualTo(1);
		assertThat(audit("client:" + second.id(), "CLIENT_VERIFIED")).isZero();

		var holder = staff.get("/api/v1/admin/clients/" + first.id());
		assertThat(holder.body().path("fraudRisk").asBoolean()).as("the holder did nothing wrong").isFalse();
		assertThat(holder.body().path("fraudFlags").get(0).path("clientId").asLong()).isEqualTo(second.id());
	}

	@Test
	void staffCloseAFraudFlagWithANoteOnceAndTheClientIsNoLongerARisk() {
		var first = anonymous.signUpClient("Titular");
		var second = anonymous.signUpClient("Pariente");
		String document = freshDocument();
		staff.post("/api/v1/admin/clients/" + first.id() + "/verification", Map.of("documentId", document));
		staff.post("/api/v1/admin/clients/" + second.id() + "/verification", Map.of("documentId", document));
		var flagged = staff.get("/api/v1/admin/clients/" + second.id());
		long flag = flagged.body().path("fraudFlags").get(0).path("id").asLong();
		assertThat(flagged.body().path("fraudFlags").get(0).path("open").asBoolean()).isTrue();
		String resolution = "/api/v1/admin/clients/" + second.id() + "/fraud-flags/" + flag + "/resolution";

		var blank = staff.post(resolution, Map.of("note", "   "));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.contentType()).startsWith("application/problem+json");
		assertThat(blank.text("detail")).contains("qué encontró la revisión");
		assertThat(staff.inLanguage("en").post(resolution, Map.of("note", "x".repeat(501))).text("detail"))
			.contains("up to 500 characters");
		assertThat(staff
			.post("/api/v1/admin/clients/" + first.id() + "/fraud-flags/" + flag + "/resolution", Map.of("note", "ok"))
			.status()).as("a flag is closed on the client it was raised on").isEqualTo(404);
		assertThat(second.api().post(resolution, Map.of("note", "soy yo")).status()).isEqualTo(403);
		assertThat(staff.get("/api/v1/admin/clients/" + second.id()).body().path("fraudRisk").asBoolean()).isTrue();

		var closed = staff.post(resolution, Map.of("note", " Hermanos; el DNI correcto es otro "));
		assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);
		assertThat(closed.body().path("fraudRisk").asBoolean()).isFalse();
		var view = closed.body().path("fraudFlags").get(0);
		assertThat(view.path("open").asBoolean()).isFalse();
		assertThat(view.path("resolution").asText()).isEqualTo("Hermanos; el DNI correcto es otro");
		assertThat(view.path("resolvedBy").asText()).isEqualTo(EstanteIntegrationTest.OWNER_EMAIL);
		assertThat(view.path("resolvedAt").isNull()).isFalse();

		var again = staff.post(resolution, Map.of("note", "otra nota"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(staff.get("/api/v1/admin/clients/" + second.id())
			.body()
			.path("fraudFlags")
			.get(0)
			.path("resolution")
			.asText()).as("the first review's note stays").isEqualTo("Hermanos; el DNI correcto es otro");
		assertThat(audit("client:" + second.id(), "CLIENT_FRAUD_FLAG_RESOLVED")).isEqualTo(1);
		assertThat(staff.get("/api/v1/admin/clients?query=" + second.email())
			.body()
			.path("items")
			.get(0)
			.path("fraudRisk")
			.asBoolean()).isFalse();
	}

	@Test
	void refusesMalformedDocumentsWith400InTheCallersLanguage() {
		var client = anonymous.signUpClient("Mal");
		var bad = staff.post("/api/v1/admin/clients/" + client.id() + "/verification", Map.of("documentId", "12"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.text("detail")).contains("documento");
		assertThat(staff.post("/api/v1/admin/clients/" + client.id() + "/verification", Map.of()).status())
			.isEqualTo(400);
		assertThat(staff.post("/api/v1/admin/clients/999999999/verification", Map.of("documentId", freshDocument()))
			.status()).isEqualTo(404);
	}

	@Test
	void aClientsTokenCannotReadOrUseStaffEndpoints() {
		var client = anonymous.signUpClient("Intrusa");
		assertThat(client.api().get("/api/v1/admin/clients/" + client.id()).status()).isEqualTo(403);
		assertThat(client.api().get("/api/v1/admin/clients?query=a").status()).isEqualTo(403);
		var attempt = client.api()
			.post("/api/v1/admin/clients/" + client.id() + "/verification", Map.of("documentId", freshDocument()));
		assertThat(attempt.status()).isEqualTo(403);
		assertThat(staff.get("/api/v1/admin/clients/" + client.id()).body().path("verified").asBoolean()).isFalse();
	}

	private long audit(String subject, String action) {
		return jdbc.sql("select count(*) from audit_entry where subject = :s and action = :a")
			.param("s", subject)
			.param("a", action)
			.query(Long.class)
			.single();
	}

}
