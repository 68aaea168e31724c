package io.estante.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The non-essential moments each client chose not to be told about. */
@Repository
public class OptOuts {

	private final JdbcClient jdbc;

	OptOuts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean optedOut(long clientId, String moment) {
		return jdbc.sql("select count(*) from notification_opt_out where client_id = :client and moment = :moment")
			.param("client", clientId)
			.param("moment", moment)
			.query(Long.class)
			.single() > 0;
	}

	public Set<String> of(long clientId) {
		return Set.copyOf(jdbc.sql("select moment from notification_opt_out where client_id = :client")
			.param("client", clientId)
			.query(String.class)
			.list());
	}

	public void optOut(long clientId, String moment, Instant now) {
		jdbc.sql("""
				insert into notification_opt_out (client_id, moment, created_at) values (:client, :moment, :now)
				on conflict do nothing""")
			.param("client", clientId)
			.param("moment", moment)
			.param("now", Timestamp.from(now))
			.update();
	}

	public void optIn(long clientId, String moment) {
		jdbc.sql("delete from notification_opt_out where client_id = :client and moment = :moment")
			.param("client", clientId)
			.param("moment", moment)
			.update();
	}

}
