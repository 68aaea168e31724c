package io.estante.shared.security;

/**
 * The staff permissions every admin page and {@code /api/v1/admin} endpoint is guarded by
 * ({@code @PreAuthorize("hasAuthority('billing:write')")}, or the constant through
 * {@code T(io.estante.shared.security.Permission).BILLING_WRITE}). Which role holds which
 * is decided in one place, identity's {@code Permissions}.
 */
public final class Permission {

	public static final String CLIENTS_READ = "clients:read";

	public static final String CLIENTS_WRITE = "clients:write";

	public static final String SERVICES_READ = "services:read";

	public static final String SERVICES_WRITE = "services:write";

	public static final String BILLING_READ = "billing:read";

	/** Invoices, payments, credit, quotes. */
	public static final String BILLING_WRITE = "billing:write";

	/** The admin catalog pages and API reads (every staff role). */
	public static final String CATALOG_READ = "catalog:read";

	public static final String CATALOG_WRITE = "catalog:write";

	public static final String AUTOMATION_RUN = "automation:run";

	/** Alert log and the per-moment switches. */
	public static final String NOTIFICATIONS_WRITE = "notifications:write";

	/** Gateways and other company settings. */
	public static final String SETTINGS_WRITE = "settings:write";

	public static final String STAFF_MANAGE = "staff:manage";

	public static final String AUDIT_READ = "audit:read";

	private Permission() {
	}

}
