package io.estante.identity.internal;

import java.util.Set;

import io.estante.identity.StaffRole;

/**
 * Staff permissions by role. Every admin page and {@code /api/v1/admin} endpoint requires
 * one of these authorities; the roles issue refines the table.
 */
final class Permissions {

	static final String CLIENTS_READ = "clients:read";

	static final String CLIENTS_WRITE = "clients:write";

	static final String BILLING_READ = "billing:read";

	static final String BILLING_WRITE = "billing:write";

	static final String SERVICES_WRITE = "services:write";

	static final String CATALOG_WRITE = "catalog:write";

	static final String STAFF_MANAGE = "staff:manage";

	private Permissions() {
	}

	static Set<String> of(StaffRole role) {
		return switch (role) {
			case OWNER -> Set.of(CLIENTS_READ, CLIENTS_WRITE, BILLING_READ, BILLING_WRITE, SERVICES_WRITE,
					CATALOG_WRITE, STAFF_MANAGE);
			case BILLING -> Set.of(CLIENTS_READ, BILLING_READ, BILLING_WRITE);
			case SUPPORT -> Set.of(CLIENTS_READ, CLIENTS_WRITE, BILLING_READ, SERVICES_WRITE);
			case READ_ONLY -> Set.of(CLIENTS_READ, BILLING_READ);
		};
	}

}
