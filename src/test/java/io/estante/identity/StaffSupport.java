package io.estante.identity;

import java.util.Map;
import java.util.UUID;

import io.estante.identity.StaffRole;
import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;

/** Staff members of each role, added by the bootstrap owner through the API. */
final class StaffSupport {

	record Member(long id, String email, String password, StaffRole role, ApiClient api) {
	}

	private StaffSupport() {
	}

	static ApiClient owner(int port) {
		return new ApiClient(port).signIn(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD);
	}

	static Member add(int port, StaffRole role) {
		String email = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@staff.estante.test";
		String password = "staff-secret-" + UUID.randomUUID().toString().substring(0, 8);
		var created = owner(port).post("/api/v1/admin/staff",
				Map.of("email", email, "name", "Staff " + role, "role", role.name(), "password", password));
		if (created.status() != 201) {
			throw new IllegalStateException("Could not add staff: " + created.raw().body());
		}
		return new Member(created.id("id"), email, password, role, new ApiClient(port).signIn(email, password));
	}

}
