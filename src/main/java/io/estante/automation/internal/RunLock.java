package io.estante.automation.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.estante.automation.AutomationProperties;

/**
 * The one lock of the daily run, in the database (ShedLock's {@code shedlock} table,
 * database time), so only one node runs it at a time. A live run keeps extending the
 * lock; a node that dies leaves it to expire after {@code lock-at-most-for}.
 */
@Component
class RunLock {

	static final String NAME = "estante-daily-run";

	private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "estante-daily-run-lock");
		thread.setDaemon(true);
		return thread;
	});

	private final LockProvider provider;

	private final Duration lockAtMostFor;

	private final String node;

	RunLock(DataSource dataSource, AutomationProperties settings) {
		this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
		this.provider = new KeepAliveLockProvider(
				new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
					.withJdbcTemplate(new JdbcTemplate(dataSource))
					.withTableName("shedlock")
					.withLockedByValue(node)
					.usingDbTime()
					.build()),
				keepAlive);
		this.lockAtMostFor = settings.lockAtMostFor();
	}

	/** The lock, when no other run holds it. */
	Optional<SimpleLock> tryAcquire() {
		// ShedLock's own wall clock, not the application's Clock: a lock must expire in
		// real
		// time even when a test or the benchmark moves the business day.
		return provider.lock(new LockConfiguration(ClockProvider.now(), NAME, lockAtMostFor, Duration.ZERO));
	}

	/** Which node this is, as runs record it. */
	String node() {
		return node;
	}

	@PreDestroy
	void close() {
		keepAlive.shutdownNow();
	}

}
