package io.estante.notifications.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.estante.shared.notices.ClientNotice;
import io.estante.shared.notices.ClientNoticeBatch;

/**
 * Listens to every client notice of every module, after its transaction committed,
 * through the event publication registry: a notice whose alerts were not stored yet
 * (crash, failure) is delivered again, at restart or by the resubmitter.
 */
@Component
class NoticeIntake {

	private final AlertQueue queue;

	NoticeIntake(AlertQueue queue) {
		this.queue = queue;
	}

	@ApplicationModuleListener
	void on(ClientNotice notice) {
		queue.enqueue(notice);
	}

	/** A batch of notices (a daily-run batch): their alerts in one transaction. */
	@ApplicationModuleListener
	void on(ClientNoticeBatch batch) {
		queue.enqueueAll(batch.notices());
	}

}
