/**
 * Shared kernel: value objects every module speaks ({@link io.estante.shared.Money},
 * {@link io.estante.shared.BillingCycle}), the failure type that becomes a problem+json
 * answer, the signed-in user, locale handling and the clock. Open to every module;
 * depends on none.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.estante.shared;
