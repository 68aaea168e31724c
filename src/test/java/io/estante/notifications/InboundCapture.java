package io.estante.notifications;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Collects the inbound-message events notifications publishes (as transfers will get
 * them).
 */
@TestConfiguration(proxyBeanMethods = false)
public class InboundCapture {

	private final List<InboundMessageReceived> received = new CopyOnWriteArrayList<>();

	@TransactionalEventListener
	void on(InboundMessageReceived event) {
		received.add(event);
	}

	public List<InboundMessageReceived> of(String waMessageId) {
		return received.stream().filter(e -> e.waMessageId().equals(waMessageId)).toList();
	}

}
