package io.estante.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for the WhatsApp Cloud API on loopback: {@code POST
 * /v23.0/{phone-number-id}/messages} with the bearer token answers like Meta does. Each
 * recipient can be given a script of answers (throttled, server error, permanent error,
 * too slow); without one every message is accepted. Accepted messages are recorded with
 * their template, language and parameters; free-form text messages (replies) too.
 */
public final class FakeWhatsAppApi implements AutoCloseable {

	public static final String PHONE_NUMBER_ID = "109876543210";

	public static final String TOKEN = "fake-cloud-api-token";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One accepted message. {@code callback} is {@code biz_opaque_callback_data}. */
	public record Message(String id, String to, String template, String language, List<String> parameters,
			String callback, JsonNode body) {
	}

	/** How the fake answers one request. */
	public sealed interface Answer {

		record Accept() implements Answer {
		}

		record Fail(int httpStatus, int code, String message) implements Answer {
		}

		/**
		 * Answers (with success) only after this long: the client should have given up.
		 */
		record Slow(long millis) implements Answer {
		}

	}

	public static Answer accept() {
		return new Answer.Accept();
	}

	public static Answer throttled() {
		return new Answer.Fail(429, 130429, "Rate limit hit");
	}

	public static Answer serverError() {
		return new Answer.Fail(500, 131000, "Something went wrong");
	}

	public static Answer notWhatsAppUser() {
		return new Answer.Fail(400, 131026, "Message undeliverable");
	}

	public static Answer templateMissing() {
		return new Answer.Fail(404, 132001, "Template name does not exist in the translation");
	}

	public static Answer tokenExpired() {
		return new Answer.Fail(401, 190, "Error validating access token: Session has expired");
	}

	public static Answer slow(long millis) {
		return new Answer.Slow(millis);
	}

	private final HttpServer server;

	private final List<Message> accepted = new CopyOnWriteArrayList<>();

	private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong ids = new AtomicLong();

	public FakeWhatsAppApi() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		server.createContext("/v23.0/" + PHONE_NUMBER_ID + "/messages", this::handle);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.start();
	}

	/** The value for {@code estante.whatsapp.api-base-url}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/v23.0";
	}

	/** The next answers for messages to this number (digits, or E.164). */
	public void script(String to, Answer... answers) {
		scripts.computeIfAbsent(digits(to), k -> new ConcurrentLinkedDeque<>()).addAll(List.of(answers));
	}

	public List<Message> acceptedFor(String to) {
		String digits = digits(to);
		return accepted.stream().filter(m -> m.to().equals(digits)).toList();
	}

	/** The bodies of the free-form text messages (replies) accepted for this number. */
	public List<String> textsFor(String to) {
		return acceptedFor(to).stream()
			.filter(m -> "text".equals(m.body().path("type").asString("")))
			.map(m -> m.body().path("text").path("body").asString(""))
			.toList();
	}

	public List<Message> accepted() {
		return new ArrayList<>(accepted);
	}

	public long requests() {
		return requests.get();
	}

	public void reset() {
		accepted.clear();
		scripts.clear();
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		requests.incrementAndGet();
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod())) {
				respond(exchange, 405, "{}");
				return;
			}
			if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				respond(exchange, 401, error(190, "Invalid OAuth access token"));
				return;
			}
			JsonNode body;
			try (InputStream in = exchange.getRequestBody()) {
				body = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			String to = body.path("to").asString("");
			if (!"whatsapp".equals(body.path("messaging_product").asString("")) || to.isBlank()
					|| !List.of("template", "text").contains(body.path("type").asString(""))) {
				respond(exchange, 400, error(100, "Invalid parameter"));
				return;
			}
			Deque<Answer> script = scripts.get(to);
			Answer answer = script == null ? null : script.poll();
			if (answer instanceof Answer.Fail fail) {
				respond(exchange, fail.httpStatus(), error(fail.code(), fail.message()));
				return;
			}
			if (answer instanceof Answer.Slow slow) {
				try {
					Thread.sleep(slow.millis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				// The caller gave up long ago: like a request lost on the way, nothing is
				// sent.
				respond(exchange, 500, error(131000, "Too late"));
				return;
			}
			String id = "wamid.FAKE" + ids.incrementAndGet();
			List<String> parameters = new ArrayList<>();
			for (JsonNode component : body.path("template").path("components")) {
				if ("body".equals(component.path("type").asString(""))) {
					component.path("parameters").forEach(p -> parameters.add(p.path("text").asString("")));
				}
			}
			accepted.add(new Message(id, to, body.path("template").path("name").asString(""),
					body.path("template").path("language").path("code").asString(""), List.copyOf(parameters),
					body.path("biz_opaque_callback_data").asString(null), body));
			respond(exchange, 200, "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + to
					+ "\",\"wa_id\":\"" + to + "\"}],\"messages\":[{\"id\":\"" + id + "\"}]}");
		}
	}

	private static String error(int code, String message) {
		return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
				+ ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"" + message
				+ "\"},\"fbtrace_id\":\"AbCdEf\"}}";
	}

	private static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static String digits(String phone) {
		return phone.replaceAll("\\D", "");
	}

}
