/**
 * The provisioning seam: what a module that runs services on real systems (a control
 * panel, a streaming server, a registrar) implements. Each product names its module
 * ({@code ProductView.provisioning()}); services calls it after each committed change.
 * Billing never knows which module a product uses. The {@code manual} module ships with
 * Estante: every action becomes a to-do staff tick in the admin area.
 */
@org.springframework.modulith.NamedInterface("provisioning")
package io.estante.services.provisioning;
