/**
 * Services: a client's instance of a product, its period and due date, and its life
 * (Pending → Active ⇄ Suspended → Cancelled / Terminated) in one state machine
 * ({@link io.estante.services.ServiceStatus}). Orders create services; a paid invoice
 * activates, renews or reactivates them. Provisioning modules
 * ({@link io.estante.services.provisioning}) carry out each change on the real systems;
 * the {@code manual} module turns them into to-dos for staff. Declares the daily run's
 * steps on services and invoices (automation knows no business module).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Services",
		allowedDependencies = { "shared", "audit", "clients", "catalog", "billing", "automation" })
package io.estante.services;
