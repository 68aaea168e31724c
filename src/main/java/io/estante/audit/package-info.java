/**
 * Audit trail: staff actions and security events (sign-in, failed sign-in, password
 * change, verification, permission refusals) with who, when and from where. Any module
 * records through {@link io.estante.audit.AuditTrail}; staff read it in the admin area.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = "shared")
package io.estante.audit;
