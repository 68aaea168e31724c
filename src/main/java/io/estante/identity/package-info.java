/**
 * Identity: staff accounts and roles, signing in (web forms for both areas, bearer tokens
 * for the API), the first staff account from settings, and the security rules of every
 * area. Client accounts themselves belong to {@code clients}; identity finds them through
 * the {@link io.estante.shared.security.AccountDirectory} each module provides.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and sign-in",
		allowedDependencies = { "shared", "audit", "clients" })
package io.estante.identity;
