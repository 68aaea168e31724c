package io.estante.notifications.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * WhatsApp could not reach the client (permanent error, retries exhausted, failed
 * delivery): the notice's e-mail alert is sent, even where staff switched e-mail off for
 * the moment. Nothing changes when the e-mail alert is already queued or sent.
 */
@Component
class EmailFallback {

	private final Alerts alerts;

	private final Dispatchers dispatchers;

	EmailFallback(Alerts alerts, Dispatchers dispatchers) {
		this.alerts = alerts;
		this.dispatchers = dispatchers;
	}

	void forNotice(String noticeKey, Instant now) {
		Optional<Alert> mail = alerts.byNotice(noticeKey, Channel.EMAIL);
		if (mail.isPresent() && alerts.queueAsFallback(mail.get().id(), now)) {
			dispatchers.wakeAfterCommit(Channel.EMAIL);
		}
	}

}
