package io.estante.notifications.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The sending loop of one channel on one node: reserve sends in the shared rate window,
 * claim that many due alerts, send them in parallel, record each outcome. Claims that
 * outlive a stopped node are put back in the queue.
 */
final class ChannelDispatcher {

	private static final Logger log = LoggerFactory.getLogger(ChannelDispatcher.class);

	private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

	/** What every loop shares. */
	@Component
	record Parts(List<ChannelSender> senders, Alerts alerts, AlertOutcomes outcomes, SendWindows windows,
			NotificationProperties properties, Clock clock) {
	}

	private final ChannelSender sender;

	private final Parts parts;

	private final Semaphore signal;

	private final Thread thread;

	private volatile boolean stopping;

	private Instant lastRequeue = Instant.EPOCH;

	ChannelDispatcher(ChannelSender sender, Parts parts, Semaphore signal) {
		this.sender = sender;
		this.parts = parts;
		this.signal = signal;
		this.thread = Thread.ofPlatform()
			.name("alerts-" + sender.channel().name().toLowerCase())
			.daemon(true)
			.unstarted(this::loop);
	}

	void start() {
		thread.start();
	}

	void requestStop() {
		stopping = true;
	}

	void awaitStop() {
		try {
			thread.join(Duration.ofSeconds(30));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (thread.isAlive()) {
			thread.interrupt();
		}
	}

	private void loop() {
		try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
			while (!stopping) {
				try {
					Duration pause = round(workers);
					if (pause != null && !stopping) {
						signal.tryAcquire(Math.max(1, pause.toMillis()), TimeUnit.MILLISECONDS);
						signal.drainPermits();
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				catch (RuntimeException ex) {
					log.warn("Alert loop {} hit a problem, retrying after the poll interval", sender.channel(), ex);
					sleepQuietly(parts.properties().pollInterval());
				}
			}
		}
	}

	/** One round; returns how long to wait before the next (null: go on at once). */
	private Duration round(ExecutorService workers) throws InterruptedException {
		Instant now = Instant.now(parts.clock());
		Duration poll = parts.properties().pollInterval();
		if (Duration.between(lastRequeue, now).compareTo(poll) >= 0) {
			int requeued = parts.alerts().requeueExpiredClaims(now);
			if (requeued > 0) {
				log.info("Put back {} {} alerts whose node stopped while sending", requeued, sender.channel());
			}
			lastRequeue = now;
		}
		int wanted = parts.properties().batchSize();
		long second = now.getEpochSecond();
		int limit = sender.ratePerSecond();
		if (limit > 0) {
			wanted = parts.windows().reserve(sender.channel(), second, Math.min(wanted, limit), limit);
			if (wanted == 0) {
				parts.windows().forgetBefore(sender.channel(), second - 60);
				return Duration.ofMillis(1000 - now.toEpochMilli() % 1000);
			}
		}
		String token = UUID.randomUUID().toString();
		List<Alert> claimed = parts.alerts()
			.claim(sender.channel(), wanted, token, NODE, now, now.plus(parts.properties().claimTimeout()));
		if (limit > 0 && claimed.size() < wanted) {
			parts.windows().release(sender.channel(), second, wanted - claimed.size());
		}
		if (claimed.isEmpty()) {
			return poll;
		}
		List<Future<SendResult>> results = new ArrayList<>();
		for (Alert alert : claimed) {
			results.add(workers.submit(() -> sender.send(alert)));
		}
		for (int i = 0; i < claimed.size(); i++) {
			parts.outcomes().record(claimed.get(i), outcome(results.get(i)));
		}
		return null;
	}

	private static SendResult outcome(Future<SendResult> result) throws InterruptedException {
		try {
			return result.get();
		}
		catch (java.util.concurrent.ExecutionException ex) {
			return new SendResult.Retry("error", String.valueOf(ex.getCause()));
		}
	}

	private static void sleepQuietly(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
