/**
 * Notifications: every {@link io.estante.shared.notices.ClientNotice} becomes one alert
 * per channel (WhatsApp Cloud API template messages, e-mail), stored, claimed by one
 * node, sent at the configured rate, retried with backoff and logged for staff; the
 * WhatsApp webhook (delivery statuses, inbound messages published as
 * {@link io.estante.notifications.InboundMessageReceived}). Depends on no business
 * module: it reads clients through {@link io.estante.clients.ClientDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "audit", "clients" })
package io.estante.notifications;
