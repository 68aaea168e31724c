/**
 * Services: a client's instance of a product, its period and due date, and its life
 * (Pending → Active ⇄ Suspended → Cancelled / Terminated) in one state machine. Orders
 * create services; a paid invoice activates, renews or reactivates them. Provisioning
 * modules ({@code services.provisioning}) carry out each change on the real systems.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Services",
		allowedDependencies = { "shared", "audit", "clients", "catalog", "billing" })
package io.estante.services;
