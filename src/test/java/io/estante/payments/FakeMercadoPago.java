package io.estante.payments;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mercado Pago's API on loopback, answering like it: {@code POST /checkout/preferences}
 * (bearer token) creates a preference with an {@code init_point} on this server, whose
 * page is a stand-in checkout; {@code GET /v1/payments/{id}} answers the payments a test
 * made ({@link #payment}), 404 for others. Every request is counted per path.
 */
public final class FakeMercadoPago implements AutoCloseable {

	public static final String TOKEN = "APP_USR-fake-token";

	public static final String WEBHOOK_SECRET = "mp-webhook-secret-for-tests";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final List<JsonNode> preferences = new CopyOnWriteArrayList<>();

	private final Map<Long, ObjectNode> payments = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> hits = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong(90_000_000L);

	public FakeMercadoPago() {
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

	/** Makes a payment the API will answer for; returns its id. */
	public long payment(long invoiceId, String amount, String currency, String status) {
		long id = ids.incrementAndGet();
		ObjectNode payment = JSON.createObjectNode()
			.put("id", id)
			.put("status", status)
			.put("status_detail", "accredited")
			.put("external_reference", String.valueOf(invoiceId))
			.put("transaction_amount", new java.math.BigDecimal(amount))
			.put("currency_id", currency)
			.put("date_approved", "2026-12-07T10:00:00.000-03:00");
		payments.put(id, payment);
		return id;
	}

	/** The preferences created, oldest first, as the application sent them. */
	public List<JsonNode> preferences() {
		return List.copyOf(preferences);
	}

	public long hits(String path) {
		AtomicLong count = hits.get(path);
		return count == null ? 0 : count.get();
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			hits.computeIfAbsent(path, p -> new AtomicLong()).incrementAndGet();
			if (path.startsWith("/checkout/pay/")) {
				String html = "<html><body><h1>Mercado Pago (stand-in)</h1><p id='preference'>" + path.substring(14)
						+ "</p></body></html>";
				respond(exchange, 200, "text/html", html);
				return;
			}
			if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				respond(exchange, 401, "application/json", "{\"message\":\"invalid access token\",\"status\":401}");
				return;
			}
			if ("POST".equals(exchange.getRequestMethod()) && path.equals("/checkout/preferences")) {
				ObjectNode preference = (ObjectNode) JSON
					.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				String id = "pref-" + ids.incrementAndGet();
				preferences.add(preference);
				preference.put("id", id).put("init_point", baseUrl() + "/checkout/pay/" + id);
				respond(exchange, 201, "application/json", JSON.writeValueAsString(preference));
				return;
			}
			if ("GET".equals(exchange.getRequestMethod()) && path.matches("/v1/payments/[0-9]+")) {
				ObjectNode payment = payments.get(Long.parseLong(path.substring(13)));
				if (payment == null) {
					respond(exchange, 404, "application/json", "{\"message\":\"Payment not found\",\"status\":404}");
					return;
				}
				respond(exchange, 200, "application/json", JSON.writeValueAsString(payment));
				return;
			}
			respond(exchange, 404, "application/json", "{\"message\":\"not found\"}");
		}
	}

	private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

}
