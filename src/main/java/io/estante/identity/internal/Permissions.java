package io.estante.identity.internal;

import static io.estante.shared.security.Permission.AUDIT_READ;
import static io.estante.shared.security.Permission.AUTOMATION_RUN;
import static io.estante.shared.security.Permission.BILLING_READ;
import static io.estante.shared.security.Permission.BILLING_WRITE;
import static io.estante.shared.security.Permission.CATALOG_READ;
import static io.estante.shared.security.Permission.CATALOG_WRITE;
import static io.estante.shared.security.Permission.CLIENTS_READ;
import static io.estante.shared.security.Permission.CLIENTS_WRITE;
import static io.estante.shared.security.Permission.NOTIFICATIONS_WRITE;
import static io.estante.shared.security.Permission.SERVICES_READ;
import static io.estante.shared.security.Permission.SERVICES_WRITE;
import static io.estante.shared.security.Permission.SETTINGS_WRITE;
import static io.estante.shared.security.Permission.STAFF_MANAGE;

import java.util.Set;

import io.estante.identity.StaffRole;

/**
 * Staff permissions by role, the one table of who may do what. Owner: everything.
 * Billing: invoices, payments, quotes, automation. Support: clients, services, requests,
 * read-only on money. Read-only: reads.
 */
final class Permissions {

	private Permissions() {
	}

	static Set<String> of(StaffRole role) {
		return switch (role) {
			case OWNER -> Set.of(CLIENTS_READ, CLIENTS_WRITE, SERVICES_READ, SERVICES_WRITE, BILLING_READ,
					BILLING_WRITE, CATALOG_READ, CATALOG_WRITE, AUTOMATION_RUN, NOTIFICATIONS_WRITE, SETTINGS_WRITE,
					STAFF_MANAGE, AUDIT_READ);
			case BILLING ->
				Set.of(CLIENTS_READ, SERVICES_READ, BILLING_READ, BILLING_WRITE, AUTOMATION_RUN, CATALOG_READ);
			case SUPPORT ->
				Set.of(CLIENTS_READ, CLIENTS_WRITE, SERVICES_READ, SERVICES_WRITE, BILLING_READ, CATALOG_READ);
			case READ_ONLY -> Set.of(CLIENTS_READ, SERVICES_READ, BILLING_READ, CATALOG_READ);
		};
	}

}
