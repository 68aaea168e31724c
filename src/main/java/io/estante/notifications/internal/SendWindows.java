package io.estante.notifications.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The send rate shared by every node: each second of each channel is a row counting the
 * sends reserved in it. A node reserves before it claims, so all nodes together stay
 * within the provider's limit without talking to each other.
 */
@Repository
class SendWindows {

	private final JdbcClient jdbc;

	SendWindows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reserves up to {@code wanted} sends in this second; 0 when the second is used up.
	 */
	int reserve(Channel channel, long second, int wanted, int limit) {
		jdbc.sql("""
				insert into notification_send_window (channel, window_start, used) values (:channel, :second, 0)
				on conflict do nothing""").param("channel", channel.name()).param("second", second).update();
		for (int tries = 0; tries < 5; tries++) {
			Optional<Integer> used = jdbc
				.sql("select used from notification_send_window where channel = :channel and window_start = :second")
				.param("channel", channel.name())
				.param("second", second)
				.query(Integer.class)
				.optional();
			int free = limit - used.orElse(limit);
			if (free <= 0) {
				return 0;
			}
			int take = Math.min(free, wanted);
			int updated = jdbc.sql("""
					update notification_send_window set used = used + :take
					where channel = :channel and window_start = :second and used = :used""")
				.param("take", take)
				.param("channel", channel.name())
				.param("second", second)
				.param("used", used.get())
				.update();
			if (updated == 1) {
				return take;
			}
		}
		return 0;
	}

	/** Gives back reservations that found nothing to send. */
	void release(Channel channel, long second, int unused) {
		if (unused > 0) {
			jdbc.sql("""
					update notification_send_window set used = used - :unused
					where channel = :channel and window_start = :second and used >= :unused""")
				.param("unused", unused)
				.param("channel", channel.name())
				.param("second", second)
				.update();
		}
	}

	void forgetBefore(Channel channel, long second) {
		jdbc.sql("delete from notification_send_window where channel = :channel and window_start < :second")
			.param("channel", channel.name())
			.param("second", second)
			.update();
	}

}
