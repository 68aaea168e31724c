/**
 * Plan upgrades: only upward along the paths staff declared in the catalog. The client
 * pays the amount due on an invoice (policy {@code estante.upgrades.policy}:
 * {@code difference} or {@code prorated}) and the upgrade applies itself when billing
 * reports it paid; downgrades are refused with the reason. When no automatic upgrade is
 * possible the client can send a request that staff handle in the admin area.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Upgrades",
		allowedDependencies = { "shared", "audit", "clients", "catalog", "services", "billing", "automation" })
package io.estante.upgrades;
