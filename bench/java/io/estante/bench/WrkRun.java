package io.estante.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One wrk run on loopback: a Lua script that cycles through the signed-in clients (each
 * request as another client) on the given paths, and the figures parsed from wrk's
 * report (requests per second, p50 and p99 latency, errors and non-2xx answers).
 */
final class WrkRun {

	record Figures(String name, double requestsPerSecond, double p50Ms, double p99Ms, long requests, long non2xx,
			long socketErrors) {

		String line() {
			return String.format(Locale.ROOT, "| %-34s | %,9.0f | %7.1f | %7.1f | %,9d | %,6d |", name,
					requestsPerSecond, p50Ms, p99Ms, requests, non2xx + socketErrors);
		}

	}

	private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

	private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");

	private static final Pattern NON2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

	private static final Pattern ERRORS = Pattern
		.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

	private WrkRun() {
	}

	/**
	 * Runs wrk; {@code paths} may hold {invoice}; {@code cookie} sends the session cookie
	 * instead of the bearer token.
	 */
	static Figures run(String name, int port, List<SignedInClients.Signed> clients, List<String> paths,
			boolean cookie, Path dir) throws IOException, InterruptedException {
		return run(name, port, clients, paths, cookie, dir, Integer.getInteger("bench.seconds", 20));
	}

	/** Like the other, for {@code seconds} (the warm-up's own length). */
	static Figures run(String name, int port, List<SignedInClients.Signed> clients, List<String> paths,
			boolean cookie, Path dir, int seconds) throws IOException, InterruptedException {
		String list = clients.stream()
			.map(c -> "{\"" + (cookie ? c.cookie() : c.token()) + "\"," + c.invoiceId() + "}")
			.collect(Collectors.joining(",\n"));
		String script = """
				local clients = {%s}
				local paths = {%s}
				local header = "%s"
				local prefix = "%s"
				local i = 0
				local threads = 0
				setup = function(thread) thread:set("offset", threads * 7919); threads = threads + 1 end
				init = function(args) i = offset or 0 end
				request = function()
				  i = i + 1
				  local c = clients[(i %% #clients) + 1]
				  local path = paths[(i %% #paths) + 1]:gsub("{invoice}", tostring(c[2]))
				  return wrk.format("GET", path, {[header] = prefix .. c[1], ["Accept-Language"] = "es"})
				end
				""".formatted(list, paths.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",")),
				cookie ? "Cookie" : "Authorization", cookie ? "" : "Bearer ");
		Path file = dir.resolve(name.replaceAll("[^a-z0-9]+", "-") + ".lua");
		Files.writeString(file, script);
		Process wrk = new ProcessBuilder("wrk", "-t" + Integer.getInteger("bench.threads", 2),
				"-c" + Integer.getInteger("bench.connections", 12), "-d" + seconds + "s",
				"--latency", "-s", file.toString(), "http://127.0.0.1:" + port)
			.redirectErrorStream(true)
			.start();
		String out = new String(wrk.getInputStream().readAllBytes());
		wrk.waitFor();
		Files.writeString(dir.resolve(file.getFileName().toString().replace(".lua", ".txt")), out);
		return new Figures(name, number(RPS, out, 1), latency(out, "50%"), latency(out, "99%"),
				(long) number(TOTAL, out, 1), (long) number(NON2XX, out, 1), errors(out));
	}

	private static double number(Pattern pattern, String out, int group) {
		Matcher m = pattern.matcher(out);
		return m.find() ? Double.parseDouble(m.group(group)) : 0;
	}

	private static long errors(String out) {
		Matcher m = ERRORS.matcher(out);
		long sum = 0;
		if (m.find()) {
			for (int g = 1; g <= 4; g++) {
				sum += Long.parseLong(m.group(g));
			}
		}
		return sum;
	}

	/** A latency line of the distribution ("99%   12.34ms"), in milliseconds. */
	private static double latency(String out, String percentile) {
		Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s)").matcher(out);
		if (!m.find()) {
			return -1;
		}
		double value = Double.parseDouble(m.group(1));
		return switch (m.group(2)) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
	}

}
