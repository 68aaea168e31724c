package io.estante.notifications.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Notices and webhook deliveries whose processing failed (the database was away, the node
 * stopped) are handed to notifications' listeners again once they are
 * {@code estante.notifications.resubmit-after} old, on any node: the listeners are
 * idempotent. Other modules' publications are left alone.
 */
@Component
class PublicationResubmitter {

	private static final String OURS = "io.estante.notifications.";

	private final IncompleteEventPublications publications;

	private final NotificationProperties properties;

	private final Clock clock;

	PublicationResubmitter(IncompleteEventPublications publications, NotificationProperties properties, Clock clock) {
		this.publications = publications;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${estante.notifications.resubmit-interval:60s}",
			initialDelayString = "${estante.notifications.resubmit-interval:60s}")
	void resubmit() {
		Instant cutoff = Instant.now(clock).minus(properties.resubmitAfter());
		publications.resubmitIncompletePublications(publication -> publication.getPublicationDate().isBefore(cutoff)
				&& publication instanceof TargetEventPublication target
				&& target.getTargetIdentifier().getValue().startsWith(OURS));
	}

}
