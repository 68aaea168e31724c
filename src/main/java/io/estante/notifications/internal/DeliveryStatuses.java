package io.estante.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies WhatsApp's delivery statuses to alerts: sent → delivered → read, or failed
 * (which hands over to e-mail). Statuses may come twice or out of order; an alert only
 * moves forward.
 */
@Service
class DeliveryStatuses {

	private final StatusUpdates updates;

	private final Alerts alerts;

	private final EmailFallback fallback;

	private final Clock clock;

	DeliveryStatuses(StatusUpdates updates, Alerts alerts, EmailFallback fallback, Clock clock) {
		this.updates = updates;
		this.alerts = alerts;
		this.fallback = fallback;
		this.clock = clock;
	}

	@Transactional
	public void receive(StatusUpdates.StatusUpdate update) {
		Instant now = Instant.now(clock);
		if (updates.store(update, now)) {
			apply(update, now);
		}
	}

	/** Statuses that arrived before the send was recorded. */
	void replayFor(String providerMessageId) {
		Instant now = Instant.now(clock);
		updates.of(providerMessageId)
			.stream()
			.sorted(Comparator.comparing(StatusUpdates.StatusUpdate::occurredAt))
			.forEach(update -> apply(update, now));
	}

	private void apply(StatusUpdates.StatusUpdate update, Instant now) {
		alerts
			.applyStatus(update.providerMessageId(), update.status(), update.occurredAt(), update.errorCode(),
					update.errorMessage(), now)
			.filter(alert -> alert.status() == AlertStatus.FAILED && alert.channel() == Channel.WHATSAPP)
			.ifPresent(alert -> fallback.forNotice(alert.noticeKey(), now));
	}

}
