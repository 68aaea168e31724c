package io.estante.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.flywaydb.core.Flyway;

/**
 * The benchmarks' databases on the local PostgreSQL ({@code ESTANTE_TEST_PG_URL} or
 * 127.0.0.1:5432, user postgres): {@code bench.db} (estante_bench) holds the generated
 * data set and is never written by a benchmark; each run works on a fresh copy of it
 * ({@code <bench.db>_run}, made with {@code create database … template}), so a run can be
 * repeated on the same data.
 */
final class BenchDatabase {

	static final String SERVER = System.getenv().getOrDefault("ESTANTE_TEST_PG_URL",
			"jdbc:postgresql://127.0.0.1:5432/");

	static final String NAME = System.getProperty("bench.db", "estante_bench");

	private BenchDatabase() {
	}

	static Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(SERVER + database, "postgres", "");
	}

	/** Drops and creates {@code name}, then creates the schema with the app's migrations. */
	static void recreate(String name) throws SQLException {
		admin("drop database if exists " + name + " with (force)");
		admin("create database " + name);
		Flyway.configure()
			.dataSource(SERVER + name, "postgres", "")
			.locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
			.load()
			.migrate();
	}

	/** A fresh copy of the generated data set for one run; answers its name. */
	static String copyForRun() throws SQLException {
		String copy = NAME + "_run";
		admin("drop database if exists " + copy + " with (force)");
		admin("create database " + copy + " template " + NAME);
		return copy;
	}

	static void admin(String sql) throws SQLException {
		try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/** The settings a node needs to use {@code database}, as command-line arguments. */
	static Map<String, Object> datasource(String database) {
		return Map.of("spring.datasource.url", SERVER + database, "spring.datasource.username", "postgres",
				"spring.datasource.password", "");
	}

}
