package io.estante.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.estante.EstanteApplication;

/**
 * Whole application instances ("nodes") for tests that need several on one database, as
 * in NotificationNodesIntegrationTests: a database of their own on the engine the run
 * uses, and settings given as command-line arguments so application.yml cannot override
 * them.
 */
public final class Nodes {

	private Nodes() {
	}

	/** A new database for all nodes of one test: its connection settings. */
	public static Map<String, Object> database() throws Exception {
		String name = "estante_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		if (!"postgres".equals(System.getProperty("estante.test.db", "h2"))) {
			return Map.of("spring.datasource.url",
					"jdbc:h2:mem:" + name
							+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"spring.datasource.username", "sa", "spring.datasource.password", "");
		}
		String server = System.getenv().getOrDefault("ESTANTE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
		try (Connection connection = DriverManager.getConnection(server + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		return Map.of("spring.datasource.url", server + name, "spring.datasource.username", "postgres",
				"spring.datasource.password", "");
	}

	/**
	 * Starts a node on a random port with these settings and extra configuration classes.
	 */
	public static ConfigurableApplicationContext start(Map<String, Object> settings, Class<?>... extra) {
		Map<String, Object> properties = new HashMap<>(Map.of("server.port", 0, "spring.main.banner-mode", "off"));
		properties.putAll(settings);
		List<Class<?>> sources = new ArrayList<>(List.of(EstanteApplication.class));
		sources.addAll(List.of(extra));
		return new SpringApplicationBuilder(sources.toArray(Class[]::new)).run(
				properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}

	/** The port a started node listens on. */
	public static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

}
