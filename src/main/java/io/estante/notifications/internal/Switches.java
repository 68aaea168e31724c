package io.estante.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Staff switches per moment and channel. Read from the database on every notice (no cache
 * a second node would not see); a moment without a row is on.
 */
@Repository
public class Switches {

	private final JdbcClient jdbc;

	Switches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isOn(String moment, Channel channel) {
		return jdbc.sql("select enabled from notification_switch where moment = :moment and channel = :channel")
			.param("moment", moment)
			.param("channel", channel.name())
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

	/** Every stored switch, by moment then channel (missing ones are on). */
	public Map<String, Map<Channel, Boolean>> all() {
		Map<String, Map<Channel, Boolean>> result = new HashMap<>();
		jdbc.sql("select moment, channel, enabled from notification_switch").query(rs -> {
			result.computeIfAbsent(rs.getString("moment"), m -> new HashMap<>())
				.put(Channel.valueOf(rs.getString("channel")), rs.getBoolean("enabled"));
		});
		return result;
	}

	public void set(String moment, Channel channel, boolean enabled, String by, Instant now) {
		int updated = jdbc.sql("""
				update notification_switch set enabled = :enabled, updated_at = :now, updated_by = :by
				where moment = :moment and channel = :channel""")
			.param("enabled", enabled)
			.param("now", Timestamp.from(now))
			.param("by", by)
			.param("moment", moment)
			.param("channel", channel.name())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into notification_switch (moment, channel, enabled, updated_at, updated_by)
					values (:moment, :channel, :enabled, :now, :by)
					on conflict do nothing""")
				.param("enabled", enabled)
				.param("now", Timestamp.from(now))
				.param("by", by)
				.param("moment", moment)
				.param("channel", channel.name())
				.update();
		}
	}

}
