package io.estante.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.estante.EstanteApplication;
import io.estante.test.FakeWhatsAppApi;

/**
 * Queues {@code bench.alerts} (10,000) WhatsApp alerts on {@code bench.nodes} (1) nodes
 * sharing one database, against the local fake Cloud API at {@code bench.rate} sends per
 * second (the limiter shared by the nodes), and reports sends per second and how many
 * alerts were lost or sent twice (the run fails if any). See bench/README.md.
 */
class AlertThroughputBenchmark {

	/** Benchmarks time the real run on the wall clock, never the business day they run as of. */
	private static final Clock WALL = Clock.systemUTC();

	private final int alerts = Integer.getInteger("bench.alerts", 10_000);

	private final int nodes = Integer.getInteger("bench.nodes", 1);

	private final int rate = Integer.getInteger("bench.rate", 1000);

	private final int clients = Integer.getInteger("bench.clients", 500);

	@Test
	void queueAndSend() throws Exception {
		try (FakeWhatsAppApi api = new FakeWhatsAppApi()) {
			Map<String, Object> database = database();
			List<ConfigurableApplicationContext> running = new ArrayList<>();
			try {
				List<CompletableFuture<ConfigurableApplicationContext>> starting = new ArrayList<>();
				running.add(node(database, api));
				for (int i = 1; i < nodes; i++) {
					starting.add(CompletableFuture.supplyAsync(() -> node(database, api)));
				}
				for (var future : starting) {
					running.add(future.get());
				}
				run(running, api);
			}
			finally {
				running.forEach(ConfigurableApplicationContext::close);
			}
		}
	}

	private void run(List<ConfigurableApplicationContext> running, FakeWhatsAppApi api) throws Exception {
		JdbcClient jdbc = running.getFirst().getBean(JdbcClient.class);
		List<Long> ids = generateClients(jdbc);

		Instant start = WALL.instant();
		List<CompletableFuture<Void>> publishing = new ArrayList<>();
		for (int n = 0; n < running.size(); n++) {
			int node = n;
			publishing.add(CompletableFuture.runAsync(() -> publish(running.get(node), ids, node, running.size())));
		}
		for (var future : publishing) {
			future.get();
		}
		Instant queued = WALL.instant();
		long sent = 0;
		Instant deadline = start.plus(Duration.ofSeconds(alerts / Math.max(1, rate) * 3L + 120));
		while (WALL.instant().isBefore(deadline)) {
			sent = count(jdbc, "select count(*) from notification_alert where channel = 'WHATSAPP' and status = 'SENT'");
			if (sent >= alerts) {
				break;
			}
			Thread.sleep(200);
		}
		Instant done = WALL.instant();
		Thread.sleep(1000); // a doubled send arriving late would still be counted

		long stored = count(jdbc, "select count(*) from notification_alert where channel = 'WHATSAPP'");
		Map<String, Long> perAlert = api.accepted()
			.stream()
			.collect(Collectors.groupingBy(FakeWhatsAppApi.Message::callback, Collectors.counting()));
		long doubled = perAlert.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
		long lost = alerts - perAlert.size();
		Timestamp first = jdbc.sql("select min(sent_at) from notification_alert").query(Timestamp.class).single();
		Timestamp last = jdbc.sql("select max(sent_at) from notification_alert").query(Timestamp.class).single();
		double sendSeconds = Duration.between(first.toInstant(), last.toInstant()).toMillis() / 1000.0;
		double endToEndSeconds = Duration.between(start, done).toMillis() / 1000.0;
		String report = String.format(java.util.Locale.ROOT, """
				Estante alert benchmark (%s, %d node(s), rate limit %d/s, %d clients)
				  alerts queued:      %d notices in %.1f s (%.0f notices/s committed)
				  alerts stored:      %d
				  alerts sent:        %d in %.1f s from first to last send -> %.1f sends/s
				  end to end:         %.1f s from first notice to last send -> %.1f alerts/s
				  HTTP requests:      %d
				  lost:               %d
				  doubled:            %d
				""", System.getProperty("estante.test.db", "h2"), running.size(), rate, clients, alerts,
				Duration.between(start, queued).toMillis() / 1000.0,
				alerts / Math.max(0.001, Duration.between(start, queued).toMillis() / 1000.0), stored, sent,
				sendSeconds, sent / Math.max(0.001, sendSeconds), endToEndSeconds, sent / Math.max(0.001, endToEndSeconds),
				api.requests(), lost, doubled);
		System.out.println(report);
		Files.createDirectories(Path.of("target", "bench"));
		Files.writeString(Path.of("target", "bench", "notifications.txt"), report);
		assertThat(lost).as("lost alerts").isZero();
		assertThat(doubled).as("doubled alerts").isZero();
		assertThat(stored).isEqualTo(alerts);
	}

	/** The data generator: clients with distinct Argentine mobiles, straight into the table. */
	private List<Long> generateClients(JdbcClient jdbc) {
		List<Long> ids = new ArrayList<>();
		Timestamp now = Timestamp.from(WALL.instant());
		for (int i = 0; i < clients; i++) {
			String email = "bench-" + i + "@example.com";
			String phone = "+5491140" + String.format("%06d", i);
			jdbc.sql("""
					insert into client (email, email_key, password_hash, first_name, last_name, phone, phone_key,
					                    language, created_at, updated_at)
					values (:email, :email, 'none', :first, 'Bench', :phone, :key, :language, :now, :now)""")
				.param("email", email)
				.param("first", "Cliente" + i)
				.param("phone", phone)
				.param("key", "541140" + String.format("%06d", i))
				.param("language", i % 3 == 0 ? "en" : "es")
				.param("now", now)
				.update();
			ids.add(jdbc.sql("select id from client where email_key = :email")
				.param("email", email)
				.query(Long.class)
				.single());
		}
		return ids;
	}

	/** Node {@code node} of {@code of} publishes its share, 100 notices per transaction. */
	private void publish(ConfigurableApplicationContext context, List<Long> ids, int node, int of) {
		TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
		List<Integer> mine = new ArrayList<>();
		for (int seq = node; seq < alerts; seq += of) {
			mine.add(seq);
		}
		for (int from = 0; from < mine.size(); from += 100) {
			List<Integer> batch = mine.subList(from, Math.min(mine.size(), from + 100));
			transactions.executeWithoutResult(status -> batch
				.forEach(seq -> context.publishEvent(new BenchNotice(ids.get(seq % ids.size()), seq))));
		}
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private ConfigurableApplicationContext node(Map<String, Object> database, FakeWhatsAppApi api) {
		Map<String, Object> properties = new HashMap<>(database);
		properties.putAll(Map.of("server.port", 0, "spring.main.banner-mode", "off", "estante.whatsapp.api-base-url",
				api.baseUrl(), "estante.whatsapp.phone-number-id", FakeWhatsAppApi.PHONE_NUMBER_ID,
				"estante.whatsapp.access-token", FakeWhatsAppApi.TOKEN, "estante.whatsapp.rate-per-second", rate,
				"estante.notifications.poll-interval", "100ms", "estante.notifications.moments.bench-alert.template",
				"estante_bench", "estante.notifications.moments.bench-alert.parameters", "firstName,seq",
				"logging.level.root", "warn"));
		properties.put("spring.mail.host", "");
		return new SpringApplicationBuilder(EstanteApplication.class).run(arguments(properties));
	}

	private static Map<String, Object> database() throws Exception {
		String name = "estante_test_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
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

	/** As command-line arguments, so they win over application.yml (default properties would not). */
	static String[] arguments(Map<String, Object> properties) {
		return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
	}

}
