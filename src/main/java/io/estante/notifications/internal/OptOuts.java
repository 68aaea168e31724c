package io.estante.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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

	/** Every opt-out of these clients, as {@link #pair} keys. */
	Set<String> optedOut(Collection<Long> clientIds) {
		Set<String> pairs = new HashSet<>();
		List<Long> ids = List.copyOf(clientIds);
		for (int from = 0; from < ids.size(); from += 1000) {
			jdbc.sql("select client_id, moment from notification_opt_out where client_id in (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
				.query((rs, n) -> pair(rs.getLong(1), rs.getString(2)))
				.list()
				.forEach(pairs::add);
		}
		return pairs;
	}

	static String pair(long clientId, String moment) {
		return clientId + "/" + moment;
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
