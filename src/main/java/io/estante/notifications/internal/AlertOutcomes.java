package io.estante.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what an attempt came to: sent; retried later with backoff (until the attempts
 * run out); or failed with the provider's code and message, in which case a WhatsApp
 * alert hands over to e-mail. Each change is conditional on the sending node's claim.
 */
@Service
class AlertOutcomes {

	private static final Logger log = LoggerFactory.getLogger(AlertOutcomes.class);

	private final Alerts alerts;

	private final DeliveryStatuses statuses;

	private final EmailFallback fallback;

	private final NotificationProperties properties;

	private final Clock clock;

	private final Backoff backoff;

	AlertOutcomes(Alerts alerts, DeliveryStatuses statuses, EmailFallback fallback, NotificationProperties properties,
			Clock clock) {
		this.alerts = alerts;
		this.statuses = statuses;
		this.fallback = fallback;
		this.properties = properties;
		this.clock = clock;
		this.backoff = new Backoff(properties.retry().initialDelay(), properties.retry().maxDelay());
	}

	@Transactional
	public void record(Alert alert, SendResult result) {
		Instant now = Instant.now(clock);
		switch (result) {
			case SendResult.Sent sent -> {
				if (alerts.markSent(alert.id(), alert.claimToken(), sent.providerMessageId(), now)) {
					redactSecrets(alert);
					statuses.replayFor(sent.providerMessageId());
				}
			}
			case SendResult.Retry retry -> {
				if (alert.attempts() >= properties.retry().maxAttempts()) {
					fail(alert, retry.code(), "Gave up after " + alert.attempts() + " attempts: " + retry.message(),
							now);
				}
				else {
					Instant next = now.plus(backoff.after(alert.attempts(), retry.retryAfter()));
					alerts.markRetry(alert.id(), alert.claimToken(), retry.code(), retry.message(), next, now);
				}
			}
			case SendResult.Permanent permanent -> fail(alert, permanent.code(), permanent.message(), now);
		}
	}

	private void fail(Alert alert, String code, String message, Instant now) {
		if (alerts.markFailed(alert.id(), alert.claimToken(), code, message, now)) {
			log.info("Alert {} ({} {} for client {}) failed: {} {}", alert.id(), alert.channel(), alert.moment(),
					alert.clientId(), code, message);
			redactSecrets(alert);
			if (alert.channel() == Channel.WHATSAPP) {
				fallback.forNotice(alert.noticeKey(), now);
			}
		}
	}

	private void redactSecrets(Alert alert) {
		var secret = properties.moment(alert.moment()).secret();
		if (secret.isEmpty()) {
			return;
		}
		Map<String, String> values = new LinkedHashMap<>(alert.values());
		secret.forEach(name -> values.computeIfPresent(name, (k, v) -> "[redacted]"));
		alerts.replaceValues(alert.id(), values);
	}

}
