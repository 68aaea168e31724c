package io.estante.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the running application over real HTTP, as an integrator would. Responses keep
 * the status, the headers and the parsed JSON body.
 */
public class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private final String token;

	private final String language;

	public ApiClient(int port) {
		this("http://127.0.0.1:" + port, null, "es");
	}

	public record Response(int status, JsonNode body, HttpResponse<String> raw) {

		public String text(String field) {
			return body.path(field).asString();
		}

		public long id(String field) {
			return body.path(field).asLong();
		}

		public String contentType() {
			return raw.headers().firstValue("Content-Type").orElse("");
		}

	}

	/** The bearer token this client sends (null before signing in). */
	public String token() {
		return token;
	}

	/** A copy of this client that sends this bearer token. */
	public ApiClient as(String bearerToken) {
		return new ApiClient(base, bearerToken, language);
	}

	/** A copy of this client that asks for answers in this language. */
	public ApiClient inLanguage(String languageTag) {
		return new ApiClient(base, token, languageTag);
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, Object body) {
		return send(request(path).POST(body(body)).header("Content-Type", "application/json"));
	}

	public Response patch(String path, Object body) {
		return send(request(path).method("PATCH", body(body)).header("Content-Type", "application/json"));
	}

	public Response put(String path, Object body) {
		return send(request(path).PUT(body(body)).header("Content-Type", "application/json"));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	/** Posts a raw body with extra headers (webhooks, signatures). */
	public Response postRaw(String path, String body, Map<String, String> headers) {
		HttpRequest.Builder builder = request(path).POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(builder::header);
		return send(builder);
	}

	/**
	 * Signs in through {@code POST /api/v1/sessions} and returns a client that uses the
	 * token.
	 */
	public ApiClient signIn(String email, String password) {
		Response response = post("/api/v1/sessions", Map.of("email", email, "password", password));
		if (response.status() != 201) {
			throw new IllegalStateException("Sign-in failed for " + email + ": " + response.raw().body());
		}
		return as(response.text("token"));
	}

	/** Signs up a new client with a unique e-mail and returns it signed in. */
	public SignedUp signUpClient(String firstName) {
		String email = firstName.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String password = "correct-horse-" + UUID.randomUUID().toString().substring(0, 6);
		Response created = post("/api/v1/clients", Map.of("email", email, "password", password, "firstName", firstName,
				"lastName", "Tester", "phone", randomArgentineMobile(), "language", "es"));
		if (created.status() != 201) {
			throw new IllegalStateException("Sign-up failed: " + created.raw().body());
		}
		return new SignedUp(created.id("id"), email, password, signIn(email, password));
	}

	/**
	 * A valid Buenos Aires mobile, different for each call (clients are matched by
	 * phone).
	 */
	public static String randomArgentineMobile() {
		var random = java.util.concurrent.ThreadLocalRandom.current();
		return "+54 9 11 " + random.nextInt(2000, 7000) + "-" + random.nextInt(1000, 10000);
	}

	public record SignedUp(long id, String email, String password, ApiClient api) {
	}

	public static JsonMapper json() {
		return JSON;
	}

	private ApiClient(String base, String token, String language) {
		this.base = base;
		this.token = token;
		this.language = language;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json, application/problem+json")
			.header("Accept-Language", language);
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private static HttpRequest.BodyPublisher body(Object body) {
		String text = body instanceof String s ? s : JSON.writeValueAsString(body);
		return HttpRequest.BodyPublishers.ofString(text);
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			String text = response.body();
			JsonNode node = text == null || text.isBlank() ? JSON.createObjectNode() : parse(text);
			return new Response(response.statusCode(), node, response);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode parse(String text) {
		try {
			return JSON.readTree(text);
		}
		catch (RuntimeException ex) {
			return JSON.createObjectNode().put("_raw", text);
		}
	}

}
