package io.estante.automation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import io.estante.automation.StepBatch;

/** Runs, their steps' progress and their problems. */
@Repository
public class AutomationRuns {

	public enum Status {

		RUNNING, COMPLETED, FAILED, STOPPED, ABORTED

	}

	public enum Trigger {

		SCHEDULE, STAFF

	}

	public record Run(long id, LocalDate asOf, Trigger trigger, String startedBy, String node, Status status,
			boolean stopRequested, Instant startedAt, Instant finishedAt, Long durationMs, String failure) {

		public boolean running() {
			return status == Status.RUNNING;
		}

	}

	public record Step(String name, int position, String status, long done, long skipped, Long remaining, int batches) {

		/** Percent done for the progress bar, when the amount of work is known. */
		public Integer percent() {
			if ("DONE".equals(status)) {
				return 100;
			}
			if (remaining == null || remaining <= 0) {
				return null;
			}
			return (int) Math.min(99, (done + skipped) * 100 / remaining);
		}

	}

	private final JdbcClient jdbc;

	AutomationRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Runs left RUNNING by a node that died: only called while holding the run lock. */
	int abortRunning(Instant now) {
		return jdbc.sql("""
				update automation_run set status = 'ABORTED', finished_at = :now,
				       failure = 'the node running it stopped before it finished'
				where status = 'RUNNING'""").param("now", Timestamp.from(now)).update();
	}

	long start(LocalDate asOf, Trigger trigger, String by, String node, List<String> steps, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into automation_run (as_of, trigger_kind, started_by, node, status, started_at)
				values (:asOf, :trigger, :by, :node, 'RUNNING', :now)""")
			.param("asOf", Date.valueOf(asOf))
			.param("trigger", trigger.name())
			.param("by", by)
			.param("node", node)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (int i = 0; i < steps.size(); i++) {
			jdbc.sql(
					"insert into automation_run_step (run_id, step, position, status) values (:run, :step, :pos, 'WAITING')")
				.param("run", id)
				.param("step", steps.get(i))
				.param("pos", i)
				.update();
		}
		return id;
	}

	void stepStarted(long runId, String step, long remaining, Instant now) {
		jdbc.sql("""
				update automation_run_step set status = 'RUNNING', remaining = :remaining, started_at = :now
				where run_id = :run and step = :step""")
			.param("run", runId)
			.param("step", step)
			.param("remaining", remaining < 0 ? null : remaining)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * In the batch's own transaction: progress can never say more or less than was done.
	 */
	void recordBatch(long runId, String step, StepBatch batch, Instant now) {
		jdbc.sql("""
				update automation_run_step set done = done + :done, skipped = skipped + :skipped,
				       batches = batches + 1, cursor_key = :cursor
				where run_id = :run and step = :step""")
			.param("run", runId)
			.param("step", step)
			.param("done", batch.done())
			.param("skipped", batch.skipped())
			.param("cursor", batch.nextCursor())
			.update();
		for (String problem : batch.problems().stream().limit(50).toList()) {
			problem(runId, step, problem, now);
		}
	}

	void problem(long runId, String step, String message, Instant now) {
		jdbc.sql("""
				insert into automation_run_problem (run_id, step, message, created_at)
				values (:run, :step, :message, :now)""")
			.param("run", runId)
			.param("step", step)
			.param("message", message.length() <= 1000 ? message : message.substring(0, 1000))
			.param("now", Timestamp.from(now))
			.update();
	}

	void stepFinished(long runId, String step, String status, Instant now) {
		jdbc.sql(
				"update automation_run_step set status = :status, finished_at = :now where run_id = :run and step = :step")
			.param("run", runId)
			.param("step", step)
			.param("status", status)
			.param("now", Timestamp.from(now))
			.update();
	}

	void finish(long runId, Status status, long durationMs, String failure, Instant now) {
		jdbc.sql("""
				update automation_run set status = :status, finished_at = :now, duration_ms = :ms, failure = :failure
				where id = :id""")
			.param("id", runId)
			.param("status", status.name())
			.param("now", Timestamp.from(now))
			.param("ms", durationMs)
			.param("failure", failure == null || failure.length() <= 1000 ? failure : failure.substring(0, 1000))
			.update();
	}

	boolean stopRequested(long runId) {
		return jdbc.sql("select stop_requested from automation_run where id = :id")
			.param("id", runId)
			.query(Boolean.class)
			.single();
	}

	/** Asks a running run to stop after its current batch (on whichever node runs it). */
	public boolean requestStop(long runId) {
		return jdbc.sql("update automation_run set stop_requested = true where id = :id and status = 'RUNNING'")
			.param("id", runId)
			.update() == 1;
	}

	boolean completedScheduledRun(LocalDate asOf) {
		return jdbc.sql("""
				select count(*) from automation_run
				where as_of = :asOf and trigger_kind = 'SCHEDULE' and status = 'COMPLETED'""")
			.param("asOf", Date.valueOf(asOf))
			.query(Long.class)
			.single() > 0;
	}

	public Optional<Run> find(long id) {
		return jdbc.sql("select * from automation_run where id = :id")
			.param("id", id)
			.query(AutomationRuns::map)
			.optional();
	}

	/** Newest first. */
	public List<Run> recent(int limit) {
		return jdbc.sql("select * from automation_run order by id desc fetch first :limit rows only")
			.param("limit", limit)
			.query(AutomationRuns::map)
			.list();
	}

	public Optional<Run> running() {
		return jdbc
			.sql("select * from automation_run where status = 'RUNNING' order by id desc fetch first 1 rows only")
			.query(AutomationRuns::map)
			.optional();
	}

	public List<Step> steps(long runId) {
		return jdbc.sql("select * from automation_run_step where run_id = :run order by position")
			.param("run", runId)
			.query((rs, n) -> new Step(rs.getString("step"), rs.getInt("position"), rs.getString("status"),
					rs.getLong("done"), rs.getLong("skipped"), rs.getObject("remaining", Long.class),
					rs.getInt("batches")))
			.list();
	}

	public List<String> problems(long runId, int limit) {
		return jdbc.sql("""
				select step, message from automation_run_problem where run_id = :run
				order by id fetch first :limit rows only""")
			.param("run", runId)
			.param("limit", limit)
			.query((rs, n) -> rs.getString("step") + ": " + rs.getString("message"))
			.list();
	}

	static Run map(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new Run(rs.getLong("id"), rs.getDate("as_of").toLocalDate(),
				Trigger.valueOf(rs.getString("trigger_kind")), rs.getString("started_by"), rs.getString("node"),
				Status.valueOf(rs.getString("status")), rs.getBoolean("stop_requested"),
				rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
				rs.getObject("duration_ms", Long.class), rs.getString("failure"));
	}

}
