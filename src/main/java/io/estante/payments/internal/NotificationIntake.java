package io.estante.payments.internal;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.estante.payments.gateway.GatewayFailure;
import io.estante.payments.gateway.GatewayReading;
import io.estante.payments.gateway.InboundNotification;
import io.estante.payments.gateway.PaymentGateway;
import io.estante.payments.internal.Notifications.Result;
import io.estante.payments.internal.Notifications.Verification;

/**
 * A gateway's notification from arrival to effect: stored raw at once, read by its
 * gateway (signature, then confirmation with the gateway's API), then settled by
 * {@link Settlement}. The audit row always ends with the verification result and the
 * outcome; the outcome decides the HTTP answer (a failure answers 503, so the gateway
 * sends it again, and the replay is harmless).
 */
@Service
public class NotificationIntake {

	private static final Logger log = LoggerFactory.getLogger(NotificationIntake.class);

	private final Gateways gateways;

	private final Notifications notifications;

	private final Settlement settlement;

	private final Clock clock;

	NotificationIntake(Gateways gateways, Notifications notifications, Settlement settlement, Clock clock) {
		this.gateways = gateways;
		this.notifications = notifications;
		this.settlement = settlement;
		this.clock = clock;
	}

	public Outcome receive(String gatewayName, InboundNotification notification) {
		PaymentGateway gateway = gateways.byName(gatewayName)
			.orElseThrow(() -> new IllegalArgumentException("No gateway " + gatewayName));
		long id = notifications.store(gateway.name(), notification, Instant.now(clock));
		GatewayReading reading;
		try {
			reading = gateway.read(notification);
		}
		catch (GatewayFailure ex) {
			// Only the confirmation calls the API, and it comes after the signature.
			log.warn("Notification {} from {} not confirmed: {}", id, gateway.name(), ex.getMessage());
			return finish(id, Result.of(Verification.VERIFIED, Outcome.FAILED, ex.getMessage()));
		}
		return switch (reading) {
			case GatewayReading.Rejected r ->
				finish(id, Result.of(Verification.REJECTED, Outcome.REJECTED, r.reason()));
			case GatewayReading.Malformed m ->
				finish(id, Result.of(Verification.VERIFIED, Outcome.MALFORMED, m.reason()));
			case GatewayReading.Ignored i -> finish(id, Result.of(Verification.VERIFIED, Outcome.IGNORED, i.reason()));
			case GatewayReading.Confirmed c -> settlement.settle(id, gateway.name(), c);
		};
	}

	private Outcome finish(long id, Result result) {
		notifications.finish(id, result);
		return result.outcome();
	}

}
