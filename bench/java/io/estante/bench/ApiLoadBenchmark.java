package io.estante.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The client area under load: one node on a fresh copy of the generated data set,
 * {@code bench.signed-in} (200) distinct clients signed in beforehand (tokens and session
 * cookies), then wrk on loopback for {@code bench.seconds} (20) per target with
 * {@code bench.connections} (12) connections on {@code bench.threads} (2) threads: the
 * services list, the invoice list, one invoice, the three mixed, and the dashboard and
 * list pages. Prints a table and writes target/bench/api-load.txt. Needs wrk (Debian
 * package wrk: {@code bench/run-api-load.sh} installs it).
 *
 * <pre>./mvnw -q -Pbench -Dtest=ApiLoadBenchmark test</pre>
 */
class ApiLoadBenchmark {

	/** Benchmarks time the real run on the wall clock, never the business day they run as of. */
	private static final Clock WALL = Clock.systemUTC();

	@Test
	void clientReads() throws Exception {
		// bench.reuse-copy: the copy the daily-run benchmark left (the data as after that run).
		String database = Boolean.getBoolean("bench.reuse-copy") ? BenchDatabase.NAME + "_run"
				: BenchDatabase.copyForRun();
		long services = DailyRunBenchmark.count(database, "select count(*) from service");
		List<long[]> clients = clients(database, Integer.getInteger("bench.signed-in", 200));
		try (ConfigurableApplicationContext node = BenchNode.start(database, 0,
				Map.of("spring.datasource.hikari.maximum-pool-size", Integer.getInteger("bench.pool", 10)), false)) {
			int port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
			List<SignedInClients.Signed> signed = SignedInClients.signIn(port, clients);
			Path dir = Files.createDirectories(Path.of("target", "bench", "wrk"));
			// Warm-up, not measured: the JIT (C2 needs a minute of load on two cores) and the
			// connection pool, on every path measured.
			int warmUp = Integer.getInteger("bench.warm-up-seconds", 60);
			WrkRun.run("warm-up", port, signed,
					List.of("/api/v1/services", "/api/v1/invoices", "/api/v1/invoices/{invoice}"), false, dir, warmUp);
			WrkRun.run("warm-up pages", port, signed, List.of("/client", "/client/services", "/client/invoices"), true,
					dir, warmUp / 2);
			List<WrkRun.Figures> figures = new ArrayList<>();
			figures.add(WrkRun.run("GET /api/v1/services", port, signed, List.of("/api/v1/services"), false, dir));
			figures.add(WrkRun.run("GET /api/v1/invoices", port, signed, List.of("/api/v1/invoices"), false, dir));
			figures.add(WrkRun.run("GET /api/v1/invoices/{id}", port, signed, List.of("/api/v1/invoices/{invoice}"),
					false, dir));
			figures.add(WrkRun.run("API reads mixed", port, signed,
					List.of("/api/v1/services", "/api/v1/invoices", "/api/v1/invoices/{invoice}"), false, dir));
			figures.add(WrkRun.run("page /client (dashboard)", port, signed, List.of("/client"), true, dir));
			figures.add(WrkRun.run("page /client/services", port, signed, List.of("/client/services"), true, dir));
			figures.add(WrkRun.run("page /client/invoices", port, signed, List.of("/client/invoices"), true, dir));
			StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
					"Estante client-area load, %s, %,d services, %d signed-in clients, wrk -t%d -c%d -d%ds, node heap max %d MB, %d cores%n",
					WALL.instant(), services, signed.size(), Integer.getInteger("bench.threads", 2),
					Integer.getInteger("bench.connections", 12), Integer.getInteger("bench.seconds", 20),
					Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors()));
			report.append("| target                             |     req/s | p50 ms  | p99 ms  |  requests | errors |\n");
			report.append("|------------------------------------|-----------|---------|---------|-----------|--------|\n");
			figures.forEach(f -> report.append(f.line()).append('\n'));
			System.out.println(report);
			Files.writeString(Path.of("target", "bench", "api-load.txt"), report);
			figures.forEach(f -> assertThat(f.non2xx() + f.socketErrors()).as(f.name() + " errors").isZero());
		}
	}

	/** Clients spread over the data set that have an invoice: [clientId, newest invoice]. */
	private static List<long[]> clients(String database, int count) throws Exception {
		List<long[]> clients = new ArrayList<>();
		try (Connection c = BenchDatabase.connect(database); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("""
						select client_id, max(id) from invoice
						where client_id in (select id from client
						                    where mod(id, greatest(1, (select count(*) from client) / %d)) = 0)
						group by client_id order by client_id""".formatted(count * 2))) {
			while (rs.next() && clients.size() < count) {
				clients.add(new long[] { rs.getLong(1), rs.getLong(2) });
			}
		}
		return clients;
	}

}
