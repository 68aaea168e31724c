package io.estante.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import io.estante.EstanteApplication;
import io.estante.test.StatementCounting;

/**
 * One Estante node on a benchmark database, with its clock set to {@code bench.date}
 * (03:00 in the company's zone, then running), its schedule off, its SQL counted
 * ({@link StatementCounting}) and its own settings as command-line arguments.
 */
final class BenchNode {

	private BenchNode() {
	}

	static ConfigurableApplicationContext start(String database, int port, Map<String, Object> extra) {
		return start(database, port, extra, true);
	}

	/**
	 * {@code countStatements} false: no proxy around the data source (the load benchmark,
	 * where the proxy's own cost would be measured too).
	 */
	static ConfigurableApplicationContext start(String database, int port, Map<String, Object> extra,
			boolean countStatements) {
		Map<String, Object> properties = new HashMap<>(BenchDatabase.datasource(database));
		properties.putAll(Map.of("server.port", port, "spring.main.banner-mode", "off", "estante.automation.cron", "-",
				"logging.level.root", "warn", "logging.level.io.estante.automation", "info", "spring.mail.host", "",
				"spring.datasource.hikari.maximum-pool-size", Integer.getInteger("bench.pool", 10)));
		properties.putAll(extra);
		String[] arguments = properties.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		Class<?>[] sources = countStatements
				? new Class<?>[] { EstanteApplication.class, BenchClock.class, StatementCounting.class }
				: new Class<?>[] { EstanteApplication.class, BenchClock.class };
		return new SpringApplicationBuilder(sources).run(arguments);
	}

	/** The system clock moved to the benchmark's day. */
	@TestConfiguration(proxyBeanMethods = false)
	static class BenchClock {

		@Bean
		@Primary
		Clock benchClock(org.springframework.core.env.Environment environment) {
			ZoneId zone = ZoneId.of(environment.getProperty("estante.time-zone", "America/Argentina/Buenos_Aires"));
			Clock system = Clock.system(zone);
			Duration shift = Duration.between(system.instant(), DataGenerator.DAY.atTime(3, 0).atZone(zone).toInstant());
			return Clock.offset(system, shift);
		}

	}

}
