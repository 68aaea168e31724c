package io.estante.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Gives every Spring test context a database of its own, on the engine the run was asked
 * for: {@code -Destante.test.db=h2} (default, in memory) or {@code postgres} (a fresh
 * database on the local server, {@code ESTANTE_TEST_PG_URL} or 127.0.0.1:5432, user
 * postgres). Contexts are cached by Spring, so the suite creates only a handful. Tests
 * that need their own, empty world declare a distinct {@code @TestPropertySource} and so
 * get a context, and a database, of their own.
 */
public class TestDatabaseCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attrs) {
		return new Customizer();
	}

	static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
				org.springframework.test.context.MergedContextConfiguration config) {
			String name = "estante_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			Map<String, Object> props = "postgres".equals(System.getProperty("estante.test.db", "h2")) ? postgres(name)
					: h2(name);
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("estante-test-db", props));
		}

		private static Map<String, Object> h2(String name) {
			return Map.of("spring.datasource.url",
					"jdbc:h2:mem:" + name
							+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"spring.datasource.username", "sa", "spring.datasource.password", "");
		}

		private static Map<String, Object> postgres(String name) {
			String server = System.getenv().getOrDefault("ESTANTE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
			try (Connection connection = DriverManager.getConnection(server + "postgres", "postgres", "");
					Statement statement = connection.createStatement()) {
				statement.execute("create database " + name);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot create test database on " + server, ex);
			}
			return Map.of("spring.datasource.url", server + name, "spring.datasource.username", "postgres",
					"spring.datasource.password", "");
		}

		// One customizer for all: the database does not split the context cache.
		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}

	}

}
