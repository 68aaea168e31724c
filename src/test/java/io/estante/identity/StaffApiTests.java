package io.estante.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;

/** Owners manage staff over HTTP: roles, deactivation, the last owner, required 2FA. */
@EstanteIntegrationTest
class StaffApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void ownersAddStaffAndOthersCannot() {
		ApiClient owner = StaffSupport.owner(port);
		var billing = StaffSupport.add(port, StaffRole.BILLING);

		var refused = billing.api()
			.post("/api/v1/admin/staff", Map.of("email", "x@staff.estante.test", "name", "X", "role", "OWNER",
					"password", "long-enough-password"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ACCESS_DENIED' and actor_id = :id")
			.param("id", billing.id())
			.query(Long.class)
			.single()).isEqualTo(1);

		var duplicate = owner.post("/api/v1/admin/staff", Map.of("email", billing.email().toUpperCase(), "name", "Dup",
				"role", "SUPPORT", "password", "long-enough-password"));
		assertThat(duplicate.status()).isEqualTo(409);
		var badRole = owner.post("/api/v1/admin/staff", Map.of("email", "role@staff.estante.test", "name", "R", "role",
				"ADMIN", "password", "long-enough-password"));
		assertThat(badRole.status()).isEqualTo(400);
		var shortPassword = owner.inLanguage("en")
			.post("/api/v1/admin/staff",
					Map.of("email", "short@staff.estante.test", "name", "S", "role", "SUPPORT", "password", "short"));
		assertThat(shortPassword.status()).isEqualTo(400);
		assertThat(shortPassword.text("detail")).contains("12 characters");
		assertThat(owner.get("/api/v1/admin/staff").body().toString()).contains(billing.email());
	}

	@Test
	void aRoleChangeAppliesAtOnceAndADeactivatedMemberIsLockedOut() {
		ApiClient owner = StaffSupport.owner(port);
		var member = StaffSupport.add(port, StaffRole.READ_ONLY);
		assertThat(member.api().post("/api/v1/admin/clients/1/verification", Map.of("documentId", "1")).status())
			.isEqualTo(403);

		var promoted = owner.put("/api/v1/admin/staff/" + member.id() + "/role", Map.of("role", "SUPPORT"));
		assertThat(promoted.status()).isEqualTo(200);
		assertThat(promoted.text("role")).isEqualTo("SUPPORT");
		ApiClient again = new ApiClient(port).signIn(member.email(), member.password());
		assertThat(again.get("/api/v1/admin/clients?q=zzzz").status()).isEqualTo(200);

		assertThat(owner.post("/api/v1/admin/staff/" + member.id() + "/deactivation", Map.of()).status())
			.isEqualTo(200);
		assertThat(again.get("/api/v1/admin/clients?q=zzzz").status()).isEqualTo(401);
		var signIn = new ApiClient(port).post("/api/v1/sessions",
				Map.of("email", member.email(), "password", member.password()));
		assertThat(signIn.status()).isEqualTo(401);
	}

	@Test
	void theLastActiveOwnerCanBeNeitherDemotedNorDeactivated() {
		long firstId = jdbc.sql("select id from staff where email = :email")
			.param("email", EstanteIntegrationTest.OWNER_EMAIL)
			.query(Long.class)
			.single();
		var second = StaffSupport.add(port, StaffRole.OWNER);
		try {
			assertThat(second.api().put("/api/v1/admin/staff/" + firstId + "/role", Map.of("role", "BILLING")).status())
				.isEqualTo(200);
			otherOwnersStepAside(second.id());
			var demote = second.api().put("/api/v1/admin/staff/" + second.id() + "/role", Map.of("role", "SUPPORT"));
			assertThat(demote.status()).isEqualTo(409);
			assertThat(second.api().post("/api/v1/admin/staff/" + second.id() + "/deactivation", Map.of()).status())
				.isEqualTo(409);
		}
		finally {
			second.api().put("/api/v1/admin/staff/" + firstId + "/role", Map.of("role", "OWNER"));
			restoreOwners();
			new ApiClient(port).signIn(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD)
				.post("/api/v1/admin/staff/" + second.id() + "/deactivation", Map.of());
		}
	}

	@Test
	void whenTheOwnerRequiresTwoFactorStaffWithoutItCanOnlyEnrol() {
		ApiClient owner = StaffSupport.owner(port);
		var support = StaffSupport.add(port, StaffRole.SUPPORT);
		var secureOwner = StaffSupport.add(port, StaffRole.OWNER);
		var refusedToOwnerWithout = owner.put("/api/v1/admin/security-settings",
				Map.of("staffTwoFactorRequired", true));
		assertThat(refusedToOwnerWithout.status()).isEqualTo(409);
		TwoFactorSupport.enrol(secureOwner.api(), Instant.now());
		try {
			assertThat(secureOwner.api()
				.put("/api/v1/admin/security-settings", Map.of("staffTwoFactorRequired", true))
				.status()).isEqualTo(200);
			var refused = support.api().get("/api/v1/admin/clients?q=zzzz");
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.text("type")).endsWith("two-factor-enrolment-required");

			TwoFactorSupport.enrol(support.api(), Instant.now());
			assertThat(support.api().get("/api/v1/admin/clients?q=zzzz").status()).isEqualTo(200);
		}
		finally {
			secureOwner.api().put("/api/v1/admin/security-settings", Map.of("staffTwoFactorRequired", false));
		}
		assertThat(owner.get("/api/v1/admin/security-settings").body().path("staffTwoFactorRequired").asBoolean())
			.isFalse();
		owner.post("/api/v1/admin/staff/" + secureOwner.id() + "/deactivation", Map.of());
	}

	/**
	 * Owners left by other tests are made BILLING for a moment, so {@code keep} is the
	 * only active one; {@link #restoreOwners} gives them their role back.
	 */
	private void otherOwnersStepAside(long keep) {
		jdbc.sql("update staff set role = 'BILLING', name = concat('was-owner:', name) "
				+ "where role = 'OWNER' and active = true and id <> :keep")
			.param("keep", keep)
			.update();
	}

	private void restoreOwners() {
		jdbc.sql("update staff set role = 'OWNER', name = substring(name, 11) where name like 'was-owner:%'").update();
	}

}
