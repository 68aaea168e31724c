package io.estante.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.estante.identity.internal.Totp;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.WebSession;

/** The staff sign-in's code step, the staff page and its refusals, without a browser. */
@EstanteIntegrationTest
class TwoFactorPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffWithTwoFactorSignInInTwoSteps() {
		var member = StaffSupport.add(port, StaffRole.SUPPORT);
		String secret = TwoFactorSupport.enrol(member.api(), Instant.now()).secret();
		WebSession web = WebSession.anonymous(port);
		web.get("/admin/login");
		var step = web.post("/admin/login", Map.of("username", member.email(), "password", member.password()));
		assertThat(step.uri()).endsWith("/admin/login/code");
		assertThat(web.get("/admin/clients").uri()).as("not signed in yet").contains("/admin/login");

		web.get("/admin/login/code");
		var wrong = web.post("/admin/login/code", Map.of("code", "123456"));
		assertThat(wrong.html()).contains("no es correcto");
		var done = web.post("/admin/login/code", Map.of("code", Totp.code(secret, Totp.step(Instant.now()) + 1)));
		assertThat(done.uri()).as("on to the page asked before signing in").contains("/admin/clients");
		assertThat(web.get("/admin/clients").status()).isEqualTo(200);
	}

	@Test
	void ownersManageStaffOnTheirPageAndOthersAreRefusedAndAudited() {
		WebSession owner = WebSession.staff(port, EstanteIntegrationTest.OWNER_EMAIL,
				EstanteIntegrationTest.OWNER_PASSWORD);
		var page = owner.get("/admin/staff");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains(EstanteIntegrationTest.OWNER_EMAIL);
		String email = "page-" + System.nanoTime() + "@staff.estante.test";
		var added = owner.post("/admin/staff",
				Map.of("email", email, "name", "Page Member", "role", "READ_ONLY", "password", "page-member-secret"));
		assertThat(added.html()).contains("Agregamos a la persona").contains(email);

		var readOnly = WebSession.staff(port, email, "page-member-secret");
		var refused = readOnly.get("/admin/staff");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ACCESS_DENIED' and actor_name = :email")
			.param("email", email)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(readOnly.get("/admin/account/security").status()).isEqualTo(200);
	}

}
