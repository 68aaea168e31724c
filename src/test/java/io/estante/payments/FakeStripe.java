package io.estante.payments;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.stripe.Stripe;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stripe's API on loopback, answering like it: {@code POST /v1/checkout/sessions}
 * (form-encoded, bearer secret key) creates an open session whose {@code url} is a
 * stand-in checkout page here ({@code GET /pay/<id>}, with links back to the success and
 * cancel URLs). {@link #event} writes the events Stripe would send for a session.
 */
public final class FakeStripe implements AutoCloseable {

	public static final String SECRET_KEY = "sk_test_fake";

	public static final String WEBHOOK_SECRET = "whsec_fake_for_tests";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final Map<String, ObjectNode> sessions = new ConcurrentHashMap<>();

	private final Map<String, Map<String, String>> forms = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong(1000);

	public FakeStripe() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		server.createContext("/", this::handle);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** The form the application posted to create this session. */
	public Map<String, String> form(String sessionId) {
		return forms.get(sessionId);
	}

	/**
	 * An event of this type for the session, as Stripe would send it once paid;
	 * {@code amountTotal} in minor units (null: the session's own).
	 */
	public String event(String type, String sessionId, String paymentStatus, Long amountTotal) {
		ObjectNode session = sessions.get(sessionId).deepCopy();
		session.put("status", "complete").put("payment_status", paymentStatus).put("payment_intent", "pi_" + sessionId);
		if (amountTotal != null) {
			session.put("amount_total", amountTotal);
		}
		ObjectNode event = JSON.createObjectNode()
			.put("id", "evt_" + ids.incrementAndGet())
			.put("object", "event")
			.put("api_version", Stripe.API_VERSION)
			.put("created", 1_790_000_000L)
			.put("livemode", false)
			.put("type", type);
		event.putObject("data").set("object", session);
		return JSON.writeValueAsString(event);
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			if (path.startsWith("/pay/") && sessions.containsKey(path.substring(5))) {
				Map<String, String> form = forms.get(path.substring(5));
				String html = "<html><body><h1>Stripe Checkout (stand-in)</h1><p id='amount'>"
						+ form.get("line_items[0][price_data][unit_amount]") + " "
						+ form.get("line_items[0][price_data][currency]") + "</p><a id='paid' href='"
						+ form.get("success_url") + "'>Pay</a> <a id='cancel' href='" + form.get("cancel_url")
						+ "'>Cancel</a></body></html>";
				respond(exchange, 200, "text/html", html);
				return;
			}
			if (!("Bearer " + SECRET_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				respond(exchange, 401, "application/json", "{\"error\":{\"type\":\"invalid_request_error\"}}");
				return;
			}
			if ("POST".equals(exchange.getRequestMethod()) && path.equals("/v1/checkout/sessions")) {
				Map<String, String> form = parse(
						new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				String id = "cs_test_" + ids.incrementAndGet();
				long amount = Long.parseLong(form.get("line_items[0][price_data][unit_amount]"));
				ObjectNode session = JSON.createObjectNode()
					.put("id", id)
					.put("object", "checkout.session")
					.put("mode", "payment")
					.put("status", "open")
					.put("payment_status", "unpaid")
					.put("client_reference_id", form.get("client_reference_id"))
					.put("amount_total", amount)
					.put("currency", form.get("line_items[0][price_data][currency]"))
					.put("success_url", form.get("success_url"))
					.put("cancel_url", form.get("cancel_url"))
					.put("url", baseUrl() + "/pay/" + id);
				sessions.put(id, session);
				forms.put(id, form);
				respond(exchange, 200, "application/json", JSON.writeValueAsString(session));
				return;
			}
			respond(exchange, 404, "application/json", "{\"error\":{\"type\":\"invalid_request_error\"}}");
		}
	}

	private static Map<String, String> parse(String body) {
		Map<String, String> form = new ConcurrentHashMap<>();
		for (String pair : body.split("&")) {
			String[] parts = pair.split("=", 2);
			form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
					parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
		}
		return form;
	}

	private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

}
