/**
 * The daily automation run: once a day on one node (ShedLock), or on demand as of a past
 * date, it runs every {@link io.estante.automation.DailyStep} the business modules
 * declare, in order, batch by batch, each batch in its own transaction, and stores a
 * summary with progress. It knows no business module: services declares renewals,
 * suspensions, invoice cancellations and terminations; cancellations will declare its
 * end-of-period step the same way.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Automation", allowedDependencies = { "shared", "audit" })
package io.estante.automation;
