package io.estante.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;

/**
 * Sign-in hardening: the throttle per account and per address, a new session id at
 * sign-in, session cookies that are HttpOnly, SameSite and Secure behind HTTPS, and
 * sign-out. Failed attempts come "from" addresses of their own (X-Forwarded-For, the
 * server trusts its proxy), so other tests signing in from 127.0.0.1 are never throttled.
 */
@EstanteIntegrationTest
class SignInSecurityTests {

	@LocalServerPort
	int port;

	static String freshAddress() {
		var random = ThreadLocalRandom.current();
		return "198.51." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
	}

	ApiClient.Response signIn(String email, String password, String address) {
		String body = ApiClient.json().writeValueAsString(Map.of("email", email, "password", password));
		return new ApiClient(port).postRaw("/api/v1/sessions", body,
				Map.of("Content-Type", "application/json", "X-Forwarded-For", address));
	}

	@Test
	void fiveFailuresLockTheAccountFromAnyAddress() {
		var client = new ApiClient(port).signUpClient("Locked");
		String address = freshAddress();
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(client.email(), "wrong-password-" + i, address).status()).isEqualTo(401);
		}
		var right = signIn(client.email(), client.password(), address);
		assertThat(right.status()).isEqualTo(429);
		assertThat(right.text("detail")).contains("Demasiados intentos");
		assertThat(signIn(client.email(), client.password(), freshAddress()).status()).isEqualTo(429);
	}

	@Test
	void twentyFailuresFromOneAddressBlockItForEveryAccount() {
		var client = new ApiClient(port).signUpClient("Crowd");
		String address = freshAddress();
		for (int i = 0; i < 20; i++) {
			assertThat(signIn("stranger-" + i + "-" + client.email(), "guess-" + i, address).status()).isEqualTo(401);
		}
		assertThat(signIn(client.email(), client.password(), address).status()).isEqualTo(429);
		assertThat(signIn(client.email(), client.password(), freshAddress()).status()).isEqualTo(201);
	}

	@Test
	void theFormSaysSoWhenThrottled() throws Exception {
		var client = new ApiClient(port).signUpClient("FormLock");
		String address = freshAddress();
		for (int i = 0; i < 5; i++) {
			signIn(client.email(), "wrong-password-" + i, address);
		}
		Browserless web = new Browserless(address, false);
		web.get("/login");
		var answer = web.post("/login", Map.of("username", client.email(), "password", client.password()));
		assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/login?throttled");
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		var client = new ApiClient(port).signUpClient("Csrf");
		Browserless web = new Browserless(freshAddress(), false);
		var forged = web.post("/login", Map.of("username", client.email(), "password", client.password()));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(web.post("/signup", Map.of("email", "csrf-" + client.email())).statusCode()).isEqualTo(403);
	}

	@Test
	void signingInChangesTheSessionIdAndSigningOutEndsTheSession() throws Exception {
		var client = new ApiClient(port).signUpClient("Session");
		Browserless web = new Browserless(freshAddress(), true);
		var form = web.get("/login");
		String before = web.session().orElseThrow();
		Optional<String> cookie = form.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("SESSION="))
			.findFirst();
		assertThat(cookie).hasValueSatisfying(c -> assertThat(c).contains("HttpOnly")
			.contains("SameSite=Lax")
			.as("sent over HTTPS (the proxy says so)")
			.contains("Secure"));

		var signedIn = web.post("/login", Map.of("username", client.email(), "password", client.password()));
		assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/client");
		assertThat(web.session().orElseThrow()).as("a new session id at sign-in").isNotEqualTo(before);
		assertThat(web.get("/client").statusCode()).isEqualTo(200);

		web.post("/logout", Map.of());
		var after = web.get("/client");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	/**
	 * Plain HTTP with cookies and CSRF, not following redirects, from a chosen address.
	 */
	class Browserless {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

		private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		private final String address;

		private final boolean https;

		private String session;

		private String csrf;

		Browserless(String address, boolean https) {
			this.address = address;
			this.https = https;
		}

		Optional<String> session() {
			return Optional.ofNullable(session);
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return send(request(path).GET());
		}

		HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
			StringBuilder body = new StringBuilder("_csrf=" + csrf);
			fields.forEach((k,
					v) -> body.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
			return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
		}

		private HttpRequest.Builder request(String path) {
			var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("X-Forwarded-For", address);
			if (https) {
				builder.header("X-Forwarded-Proto", "https");
			}
			if (session != null) {
				builder.header("Cookie", "SESSION=" + session);
			}
			return builder;
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			List<String> cookies = response.headers().allValues("Set-Cookie");
			for (String cookie : cookies) {
				if (cookie.startsWith("SESSION=")) {
					String value = cookie.substring(8, cookie.indexOf(';'));
					session = value.isEmpty() ? null : value;
				}
			}
			Matcher matcher = CSRF.matcher(response.body());
			if (matcher.find()) {
				csrf = matcher.group(1);
			}
			return response;
		}

	}

}
