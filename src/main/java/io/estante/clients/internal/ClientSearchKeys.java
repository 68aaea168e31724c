package io.estante.clients.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills the search keys of clients stored before they existed (V21), in batches, at
 * start. Rows written since carry their keys already, so this usually finds nothing.
 */
@Component
class ClientSearchKeys implements ApplicationRunner {

	private final JdbcClient jdbc;

	ClientSearchKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Names(long id, String firstName, String lastName) {
	}

	@Override
	public void run(ApplicationArguments args) {
		while (true) {
			var batch = jdbc.sql("""
					select id, first_name, last_name from client where name_key is null
					order by id fetch first 500 rows only""")
				.query((rs, n) -> new Names(rs.getLong(1), rs.getString(2), rs.getString(3)))
				.list();
			if (batch.isEmpty()) {
				return;
			}
			for (Names names : batch) {
				jdbc.sql("update client set name_key = :name, last_name_key = :last where id = :id")
					.param("name", SearchKeys.name(names.firstName(), names.lastName()))
					.param("last", SearchKeys.lastName(names.lastName()))
					.param("id", names.id())
					.update();
			}
		}
	}

}
