package io.estante.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in browser session without a browser: cookies, the CSRF token of the last page
 * and form posts, for page tests that check what the server renders and accepts.
 * Redirects are followed, so a post answers with the page it lands on.
 */
public class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http;

	private final String base;

	private String csrf;

	private WebSession(int port) {
		this.base = "http://127.0.0.1:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	private WebSession(String base, HttpClient http) {
		this.base = base;
		this.http = http;
	}

	/**
	 * The same browser (its cookies, so its session) talking to another node on
	 * {@code port} of the same host.
	 */
	public WebSession on(int port) {
		return new WebSession("http://127.0.0.1:" + port, http);
	}

	public record Page(int status, String uri, String html) {

		public boolean contains(String text) {
			return html.contains(text);
		}

	}

	/** Signs in through the staff form ({@code /admin/login}). */
	public static WebSession staff(int port, String email, String password) {
		return signIn(port, "/admin/login", email, password);
	}

	/** Signs in through the client form ({@code /login}). */
	public static WebSession client(int port, String email, String password) {
		return signIn(port, "/login", email, password);
	}

	/** A browser session nobody signed in to yet (for multi-step sign-in tests). */
	public static WebSession anonymous(int port) {
		return new WebSession(port);
	}

	private static WebSession signIn(int port, String loginPath, String email, String password) {
		WebSession session = new WebSession(port);
		session.get(loginPath);
		Page landed = session.post(loginPath, Map.of("username", email, "password", password));
		if (landed.uri().contains("login")) {
			throw new IllegalStateException("Sign-in failed for " + email + " at " + landed.uri());
		}
		return session;
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	/** A page, sending these headers as well. */
	public Page get(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		headers.forEach(request::header);
		return send(request);
	}

	/** Posts a form with the CSRF token of the last page seen. */
	public Page post(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (csrf != null) {
			all.put("_csrf", csrf);
		}
		String body = all.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.header("Accept-Language", "es").build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher matcher = CSRF.matcher(response.body());
			if (matcher.find()) {
				csrf = matcher.group(1);
			}
			return new Page(response.statusCode(), response.uri().toString(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
