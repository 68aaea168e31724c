package io.estante.shared.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is signed in, as every module sees it. Serializable because sessions live in the
 * database (any node may serve the next request). {@code role} is the staff role name,
 * null for clients.
 */
public record CurrentUser(long id, AccountKind kind, String email, String displayName, String language, String role,
		Set<String> permissions) implements Serializable {

	public CurrentUser {
		permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
	}

	public boolean isClient() {
		return kind == AccountKind.CLIENT;
	}

	public boolean isStaff() {
		return kind == AccountKind.STAFF;
	}

	public boolean can(String permission) {
		return permissions.contains(permission);
	}

}
