package io.estante.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import io.estante.test.StatementCounting;

/**
 * What one measured stretch cost: wall time, peak heap (the most used heap seen by a 20 ms
 * sampler and the most before any collection, from the GC notifications), SQL round trips
 * (the node's counted executions), transactions committed in the database
 * ({@code pg_stat_database.xact_commit}) and rows inserted/updated per table
 * ({@code pg_stat_user_tables}).
 */
final class Measure implements AutoCloseable {

	record Result(double seconds, long peakHeapMb, long peakBeforeGcMb, long executions, long statements,
			long commits, Map<String, long[]> rows) {

		long rowsWritten() {
			return rows.values().stream().mapToLong(r -> r[0] + r[1] + r[2]).sum();
		}

	}

	private final String database;

	private final long t0 = System.nanoTime();

	private final long executions0 = StatementCounting.executions();

	private final long statements0 = StatementCounting.statements();

	private final long commits0;

	private final Map<String, long[]> rows0;

	private final AtomicLong peak = new AtomicLong();

	private final AtomicLong peakBeforeGc = new AtomicLong();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Thread sampler;

	private final NotificationListener gcListener = (notification, handback) -> {
		if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
			long used = info.getGcInfo().getMemoryUsageBeforeGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
			peakBeforeGc.accumulateAndGet(used, Math::max);
		}
	};

	Measure(String database) throws SQLException {
		this.database = database;
		this.commits0 = commits();
		this.rows0 = rows();
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) gc).addNotificationListener(gcListener, null, null);
		}
		var memory = ManagementFactory.getMemoryMXBean();
		sampler = Thread.ofPlatform().daemon(true).name("bench-heap-sampler").start(() -> {
			while (running.get()) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
	}

	Result stop() throws Exception {
		double seconds = (System.nanoTime() - t0) / 1e9;
		running.set(false);
		sampler.join();
		close();
		Thread.sleep(1500); // PostgreSQL publishes its counters within a second
		Map<String, long[]> after = rows();
		Map<String, long[]> written = new LinkedHashMap<>();
		after.forEach((table, r) -> {
			long[] before = rows0.getOrDefault(table, new long[3]);
			long[] delta = { r[0] - before[0], r[1] - before[1], r[2] - before[2] };
			if (delta[0] + delta[1] + delta[2] > 0) {
				written.put(table, delta);
			}
		});
		return new Result(seconds, peak.get() >> 20, peakBeforeGc.get() >> 20,
				StatementCounting.executions() - executions0, StatementCounting.statements() - statements0,
				commits() - commits0, written);
	}

	@Override
	public void close() {
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			try {
				((NotificationEmitter) gc).removeNotificationListener(gcListener);
			}
			catch (Exception ex) {
				// already removed
			}
		}
	}

	private long commits() throws SQLException {
		try (Connection c = BenchDatabase.connect(database); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(
						"select xact_commit from pg_stat_database where datname = current_database()")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private Map<String, long[]> rows() throws SQLException {
		Map<String, long[]> rows = new LinkedHashMap<>();
		try (Connection c = BenchDatabase.connect(database); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(
						"select relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables order by relname")) {
			while (rs.next()) {
				rows.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) });
			}
		}
		return rows;
	}

}
