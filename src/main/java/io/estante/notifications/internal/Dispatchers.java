package io.estante.notifications.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs one sending loop per configured channel on this node (unless
 * {@code estante.notifications.sender-enabled=false}). Loops find their work in the
 * database; a wake-up after a commit only saves the wait for the next poll.
 */
@Component
public class Dispatchers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Dispatchers.class);

	private final ObjectProvider<ChannelDispatcher.Parts> parts;

	private final NotificationProperties properties;

	private final Map<Channel, Semaphore> signals = new EnumMap<>(Channel.class);

	private final Map<Channel, ChannelDispatcher> running = new EnumMap<>(Channel.class);

	private volatile boolean started;

	Dispatchers(ObjectProvider<ChannelDispatcher.Parts> parts, NotificationProperties properties) {
		this.parts = parts;
		this.properties = properties;
		for (Channel channel : Channel.values()) {
			signals.put(channel, new Semaphore(0));
		}
	}

	/** Wakes this node's loop for the channel once the current transaction commits. */
	void wakeAfterCommit(Channel channel) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wake(channel);
				}
			});
		}
		else {
			wake(channel);
		}
	}

	void wake(Channel channel) {
		Semaphore signal = signals.get(channel);
		if (signal.availablePermits() == 0) {
			signal.release();
		}
	}

	@Override
	public synchronized void start() {
		if (started) {
			return;
		}
		started = true;
		if (!properties.senderEnabled()) {
			log.info("Alert sending is off on this node (estante.notifications.sender-enabled=false)");
			return;
		}
		ChannelDispatcher.Parts shared = parts.getObject();
		for (ChannelSender sender : shared.senders()) {
			if (sender.configured()) {
				ChannelDispatcher dispatcher = new ChannelDispatcher(sender, shared, signals.get(sender.channel()));
				running.put(sender.channel(), dispatcher);
				dispatcher.start();
			}
			else {
				log.info("Alert channel {} is not configured: its alerts are stored as skipped", sender.channel());
			}
		}
	}

	@Override
	public synchronized void stop() {
		List<ChannelDispatcher> loops = List.copyOf(running.values());
		loops.forEach(ChannelDispatcher::requestStop);
		signals.values().forEach(Semaphore::release);
		loops.forEach(ChannelDispatcher::awaitStop);
		running.clear();
		started = false;
	}

	@Override
	public boolean isRunning() {
		return started;
	}

	/** Starts last and stops first, finishing the batch in hand. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE;
	}

}
