/**
 * Domains: services of type DOMAIN, paid a year or more ahead to a registry. Their facts
 * (expiry date = the service's next due date, registrar, renewal state) for both areas;
 * staff record the registrar and can delete a domain record (the client is alerted). A
 * domain is never cancelled: the client switches auto-renew off and it expires.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Domains",
		allowedDependencies = { "shared", "audit", "catalog", "services" })
package io.estante.domains;
