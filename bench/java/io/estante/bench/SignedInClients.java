package io.estante.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.estante.test.ApiClient;

/**
 * Generated clients signed in before the load starts, the way real clients sign in: a
 * bearer token from {@code POST /api/v1/sessions}, and a session cookie from the
 * sign-in form (with its CSRF token), each with one of the client's invoice ids.
 */
final class SignedInClients {

	record Signed(long clientId, long invoiceId, String token, String cookie) {
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private SignedInClients() {
	}

	/** Signs in every client of {@code clients} ([clientId, invoiceId]) on two threads. */
	static List<Signed> signIn(int port, List<long[]> clients) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Signed>> futures = new ArrayList<>();
			for (long[] client : clients) {
				futures.add(pool.submit(() -> signIn(port, client[0], client[1])));
			}
			List<Signed> signed = new ArrayList<>();
			for (Future<Signed> future : futures) {
				signed.add(future.get());
			}
			return signed;
		}
		finally {
			pool.shutdown();
		}
	}

	private static Signed signIn(int port, long clientId, long invoiceId) throws Exception {
		String email = "bench-" + clientId + "@estante.bench";
		String token = new ApiClient(port).signIn(email, DataGenerator.PASSWORD).token();
		CookieManager cookies = new CookieManager();
		HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
		String base = "http://127.0.0.1:" + port;
		String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(login);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on /login");
		}
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(DataGenerator.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = posted.headers().firstValue("Location").orElse("");
		if (posted.statusCode() != 302 || location.contains("login")) {
			throw new IllegalStateException("Form sign-in failed for " + email + ": " + posted.statusCode() + " " + location);
		}
		String cookie = cookies.getCookieStore()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		return new Signed(clientId, invoiceId, token, cookie);
	}

}
