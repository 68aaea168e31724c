package io.estante.services.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import io.estante.services.provisioning.ProvisioningAction;

/**
 * Provisioning requests: REQUESTED (written with the service's change) → DONE, OPEN (a
 * to-do for staff) or FAILED (the module refused; also a to-do); OPEN and FAILED end DONE
 * when staff tick them.
 */
@Repository
public class ProvisioningTasks {

	public enum Status {

		REQUESTED, OPEN, DONE, FAILED

	}

	public record Task(long id, long serviceId, String module, ProvisioningAction action, Status status, String reason,
			String message, int attempts, Instant requestedAt, Instant completedAt, String completedBy) {
	}

	/** A task with what staff need to see in the to-do list. */
	public record ToDo(Task task, long clientId, String label) {
	}

	private static final String COLUMNS = "t.id, t.service_id, t.module, t.action, t.status, t.reason, t.message,"
			+ " t.attempts, t.requested_at, t.completed_at, t.completed_by";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ProvisioningTasks(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public long insert(long serviceId, String module, ProvisioningAction action, String reason, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into provisioning_task (service_id, module, action, status, reason, requested_at)
				values (:service, :module, :action, 'REQUESTED', :reason, :now)""")
			.param("service", serviceId)
			.param("module", module)
			.param("action", action.name())
			.param("reason", shortened(reason))
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** A task about to be written. */
	public record NewTask(long serviceId, String module, ProvisioningAction action, String reason) {
	}

	/** Writes the tasks in one JDBC batch; answers their ids in the same order. */
	public List<Long> insertAll(List<NewTask> rows, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		Timestamp at = Timestamp.from(now);
		template.batchUpdate(connection -> connection.prepareStatement("""
				insert into provisioning_task (service_id, module, action, status, reason, requested_at)
				values (?, ?, ?, 'REQUESTED', ?, ?)""", new String[] { "id" }), new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				NewTask task = rows.get(i);
				ps.setLong(1, task.serviceId());
				ps.setString(2, task.module());
				ps.setString(3, task.action().name());
				ps.setString(4, shortened(task.reason()));
				ps.setTimestamp(5, at);
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}
		}, keys);
		return keys.getKeyList().stream().map(k -> ((Number) k.get("id")).longValue()).toList();
	}

	private static String shortened(String reason) {
		return reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
	}

	public Optional<Task> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from provisioning_task t where t.id = :id for update")
			.param("id", id)
			.query(ProvisioningTasks::map)
			.optional();
	}

	public Optional<Task> byId(long id) {
		return jdbc.sql("select " + COLUMNS + " from provisioning_task t where t.id = :id")
			.param("id", id)
			.query(ProvisioningTasks::map)
			.optional();
	}

	/** The module's answer to a REQUESTED task. */
	public void settle(long id, Status status, String message, Instant now, String by) {
		jdbc.sql("""
				update provisioning_task set status = :status, message = :message, attempts = attempts + 1,
				       completed_at = :at, completed_by = :by
				where id = :id""")
			.param("id", id)
			.param("status", status.name())
			.param("message", message == null || message.length() <= 1000 ? message : message.substring(0, 1000))
			.param("at", status == Status.DONE ? Timestamp.from(now) : null)
			.param("by", status == Status.DONE ? by : null)
			.update();
	}

	/** Staff ticked an open or failed to-do: true when it was open and is now done. */
	public boolean tick(long id, String by, Instant now) {
		return jdbc.sql("""
				update provisioning_task set status = 'DONE', completed_at = :at, completed_by = :by
				where id = :id and status in ('OPEN', 'FAILED')""")
			.param("id", id)
			.param("at", Timestamp.from(now))
			.param("by", by)
			.update() == 1;
	}

	/** Open and failed to-dos, oldest first. */
	public List<ToDo> open(int limit) {
		return jdbc.sql("select " + COLUMNS + """
				, s.client_id, s.label from provisioning_task t join service s on s.id = t.service_id
				where t.status in ('OPEN', 'FAILED') order by t.id fetch first :limit rows only""")
			.param("limit", limit)
			.query((rs, n) -> new ToDo(map(rs, n), rs.getLong("client_id"), rs.getString("label")))
			.list();
	}

	public long countOpen() {
		return jdbc.sql("select count(*) from provisioning_task where status in ('OPEN', 'FAILED')")
			.query(Long.class)
			.single();
	}

	public List<Task> ofService(long serviceId) {
		return jdbc.sql("select " + COLUMNS + " from provisioning_task t where t.service_id = :id order by t.id desc")
			.param("id", serviceId)
			.query(ProvisioningTasks::map)
			.list();
	}

	static Task map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp completed = rs.getTimestamp("completed_at");
		return new Task(rs.getLong("id"), rs.getLong("service_id"), rs.getString("module"),
				ProvisioningAction.valueOf(rs.getString("action")), Status.valueOf(rs.getString("status")),
				rs.getString("reason"), rs.getString("message"), rs.getInt("attempts"),
				rs.getTimestamp("requested_at").toInstant(), completed == null ? null : completed.toInstant(),
				rs.getString("completed_by"));
	}

}
