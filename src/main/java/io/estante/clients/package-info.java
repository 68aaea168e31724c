/**
 * Client accounts: sign-up, details, phone in E.164, password changes and resets,
 * identity verification (one person, one account). Other modules read a client through
 * {@link io.estante.clients.ClientDirectory} and react to its events
 * ({@link io.estante.clients.ClientRegistered},
 * {@link io.estante.clients.PasswordChanged}, …).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clients", allowedDependencies = { "shared", "audit" })
package io.estante.clients;
