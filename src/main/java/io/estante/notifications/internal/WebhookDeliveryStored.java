package io.estante.notifications.internal;

/**
 * A signed webhook delivery was stored; processing it is the listener's job, after the
 * answer went back to Meta.
 */
public record WebhookDeliveryStored(long deliveryId) {
}
