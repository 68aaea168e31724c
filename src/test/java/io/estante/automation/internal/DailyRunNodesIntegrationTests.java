package io.estante.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.estante.automation.DailyRunDataSet;
import io.estante.test.MutableClock;
import io.estante.test.Nodes;
import io.estante.test.TestClockConfiguration;

/**
 * Several application instances on one database. One node runs the day's work and its run
 * is stopped midway (as a crash between batches would leave it); two other nodes then
 * fire the schedule at the same moment: one runs, the other does nothing, and the
 * database ends exactly as after one clean run, with the actions of both runs adding up
 * to it.
 */
class DailyRunNodesIntegrationTests {

	@Test
	void aRunStoppedMidwayIsFinishedOnceByOneOfTwoNodes() throws Exception {
		Map<String, Object> database = Nodes.database();
		List<Map<String, Long>> counts = new ArrayList<>();
		// The first node stays up (idle) to the end: on H2 its closing would take the
		// in-memory database's schema objects with it.
		ConfigurableApplicationContext first = node(database);
		DailyRunDataSet data = DailyRunDataSet.prepare(first);
		DailyRunner.Summary stopped = first.getBean(DailyRunner.class)
			.run(DailyRunDataSet.AS_OF, AutomationRuns.Trigger.STAFF, "test", 4);
		assertThat(stopped.run().status()).isEqualTo(AutomationRuns.Status.STOPPED);
		long partial = stopped.counts().values().stream().mapToLong(Long::longValue).sum();
		assertThat(partial).isPositive()
			.isLessThan(DailyRunDataSet.COUNTS.values().stream().mapToLong(Long::longValue).sum());
		counts.add(stopped.counts());

		// Threads of their own: the common pool may have a single thread on a small
		// machine.
		ExecutorService threads = Executors.newFixedThreadPool(2);
		var startB = CompletableFuture.supplyAsync(() -> node(database), threads);
		var startC = CompletableFuture.supplyAsync(() -> node(database), threads);
		try (ConfigurableApplicationContext b = startB.get(); ConfigurableApplicationContext c = startC.get()) {
			CyclicBarrier together = new CyclicBarrier(2);
			var onB = CompletableFuture.supplyAsync(() -> tick(b, together), threads);
			var onC = CompletableFuture.supplyAsync(() -> tick(c, together), threads);
			List<Boolean> ran = List.of(onB.get(5, TimeUnit.MINUTES), onC.get(5, TimeUnit.MINUTES));
			assertThat(ran).containsExactlyInAnyOrder(true, false);

			JdbcClient jdbc = b.getBean(JdbcClient.class);
			List<Long> scheduled = jdbc.sql("select id from automation_run where trigger_kind = 'SCHEDULE'")
				.query(Long.class)
				.list();
			assertThat(scheduled).hasSize(1);
			DailyRunner.Summary resumed = b.getBean(DailyRunner.class).summary(scheduled.get(0));
			assertThat(resumed.run().status()).isEqualTo(AutomationRuns.Status.COMPLETED);
			counts.add(resumed.counts());
			assertThat(DailyRunDataSet.sum(counts)).containsAllEntriesOf(DailyRunDataSet.COUNTS);
			data.assertRunOutcome(b);

			// Either node firing again that day finds the day done.
			assertThat(tick(c, null)).isFalse();
			assertThat(tick(b, null)).isFalse();
		}
		finally {
			threads.shutdownNow();
			first.close();
		}
	}

	private static boolean tick(ConfigurableApplicationContext node, CyclicBarrier together) {
		node.getBean(MutableClock.class).set(DailyRunDataSet.AS_OF);
		try {
			if (together != null) {
				together.await(1, TimeUnit.MINUTES);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return node.getBean(DailySchedule.class).tick();
	}

	private static ConfigurableApplicationContext node(Map<String, Object> database) {
		Map<String, Object> settings = new HashMap<>(database);
		settings
			.putAll(Map.of("spring.mail.host", "", "estante.automation.cron", "-", "estante.automation.batch-size", 2));
		return Nodes.start(settings, TestClockConfiguration.class);
	}

}
