package io.estante.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import io.estante.automation.internal.AutomationRuns.Trigger;
import io.estante.automation.internal.DailyRunner;

/**
 * Runs the real daily run (the node's {@link DailyRunner}) over a fresh copy of the
 * generated data set as of {@code bench.date}, then the same day again, and reports wall
 * time, actions per step, rows written per table, peak heap, SQL round trips and
 * commits; the second run must act on nothing. Generate the data first
 * ({@link DataGenerator}); see bench/README.md.
 *
 * <pre>./mvnw -q -Pbench -Dtest=DailyRunBenchmark test</pre>
 */
class DailyRunBenchmark {

	/** Benchmarks time the real run on the wall clock, never the business day they run as of. */
	private static final Clock WALL = Clock.systemUTC();

	@Test
	void dailyRun() throws Exception {
		String database = BenchDatabase.copyForRun();
		long services = count(database, "select count(*) from service");
		try (ConfigurableApplicationContext node = BenchNode.start(database, 0, Map.of())) {
			DailyRunner runner = node.getBean(DailyRunner.class);
			System.gc();
			Measure first = new Measure(database);
			DailyRunner.Summary run = runner.run(DataGenerator.DAY, Trigger.STAFF, "bench");
			Measure.Result firstResult = first.stop();
			long pending = count(database, "select count(*) from event_publication where completion_date is null");
			double settled = settle(database);

			Measure second = new Measure(database);
			DailyRunner.Summary again = runner.run(DataGenerator.DAY, Trigger.STAFF, "bench");
			Measure.Result secondResult = second.stop();

			String report = report(services, run, firstResult, pending, settled, again, secondResult);
			System.out.println(report);
			Path dir = Files.createDirectories(Path.of("target", "bench"));
			Files.writeString(dir.resolve("daily-run-" + services + ".txt"), report);
			Files.writeString(dir.resolve("daily-run.csv"),
					String.format(Locale.ROOT, "%d,%.1f,%d,%d,%d,%.1f%n", services, firstResult.seconds(),
							firstResult.peakHeapMb(), firstResult.executions(), total(run), secondResult.seconds()),
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			assertThat(run.run().status().name()).isEqualTo("COMPLETED");
			assertThat(total(again)).as("actions of the second run").isZero();
		}
	}

	private static long total(DailyRunner.Summary summary) {
		return summary.counts().values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * Waits (at most {@code bench.settle-seconds}, 600) until the listeners have handled
	 * the run's events (alerts queued), so the second run is measured alone; answers the
	 * seconds it took.
	 */
	private static double settle(String database) throws Exception {
		long t0 = System.nanoTime();
		long deadline = t0 + Long.getLong("bench.settle-seconds", 600) * 1_000_000_000L;
		while (System.nanoTime() < deadline
				&& count(database, "select count(*) from event_publication where completion_date is null") > 0) {
			Thread.sleep(250);
		}
		return (System.nanoTime() - t0) / 1e9;
	}

	private static String report(long services, DailyRunner.Summary run, Measure.Result r, long pending,
			double settled, DailyRunner.Summary again, Measure.Result r2) {
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
				"Estante daily-run benchmark, %s, %,d services, as of %s, heap max %d MB, %d cores%n", WALL.instant(),
				services, DataGenerator.DAY, Runtime.getRuntime().maxMemory() >> 20,
				Runtime.getRuntime().availableProcessors()));
		out.append(String.format(Locale.ROOT, "first run:  %s in %.1f s (run %d ms)%n", run.run().status(),
				r.seconds(), run.run().durationMs()));
		run.steps()
			.forEach(s -> out.append(String.format(Locale.ROOT, "  %-24s %,9d done %,7d skipped %,6d batches%n",
					s.name(), s.done(), s.skipped(), s.batches())));
		out.append(String.format(Locale.ROOT,
				"  peak heap %d MB sampled, %d MB before a GC; SQL round trips %,d (%,d statements); commits %,d%n",
				r.peakHeapMb(), r.peakBeforeGcMb(), r.executions(), r.statements(), r.commits()));
		out.append(String.format(Locale.ROOT, "  rows written %,d (inserted/updated/deleted per table):%n",
				r.rowsWritten()));
		r.rows()
			.forEach((table, n) -> out.append(
					String.format(Locale.ROOT, "    %-28s %,9d %,9d %,9d%n", table, n[0], n[1], n[2])));
		out.append(String.format(Locale.ROOT, "  event publications still open after the run: %,d, handled by the listeners %.1f s later%n", pending,
				settled));
		out.append(String.format(Locale.ROOT,
				"second run: %s in %.1f s, actions %d, SQL round trips %,d, rows written %,d (bookkeeping: %s)%n",
				again.run().status(), r2.seconds(), total(again), r2.executions(), r2.rowsWritten(),
				r2.rows().keySet()));
		out.append("problems (first 10): ").append(run.problems().stream().limit(10).toList()).append('\n');
		return out.toString();
	}

	static long count(String database, String sql) throws Exception {
		try (Connection c = BenchDatabase.connect(database); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
