package io.estante.payments.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.estante.payments.gateway.InboundNotification;
import io.estante.payments.internal.NotificationIntake;
import io.estante.payments.internal.Outcome;

/**
 * {@code POST /webhooks/mercadopago} ({@code x-signature}) and {@code POST
 * /webhooks/stripe} ({@code Stripe-Signature}). Bad signature: 401, nothing recorded;
 * signed but unreadable: 400; confirmation not possible now: 503 (the gateway retries);
 * anything else, including a replay and a flagged payment: 200.
 */
@RestController
class PaymentWebhooks {

	/** Gateways' notifications are a few kilobytes; anything this large is not one. */
	static final int MAX_BODY = 200_000;

	private final NotificationIntake intake;

	PaymentWebhooks(NotificationIntake intake) {
		this.intake = intake;
	}

	@PostMapping({ "/webhooks/mercadopago", "/webhooks/stripe" })
	ResponseEntity<Void> receive(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
		String gateway = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
		String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
		if (text.length() > MAX_BODY) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
		}
		Map<String, String> headers = new HashMap<>();
		for (String name : java.util.List.of("x-signature", "x-request-id", "stripe-signature", "content-type",
				"user-agent")) {
			String value = request.getHeader(name);
			if (value != null) {
				headers.put(name, value);
			}
		}
		Outcome outcome = intake.receive(gateway,
				new InboundNotification(headers, query(request.getQueryString()), text));
		return ResponseEntity.status(status(outcome)).build();
	}

	/** The query string's parameters (first value of each), read without the body. */
	static Map<String, String> query(String queryString) {
		Map<String, String> query = new HashMap<>();
		if (queryString == null) {
			return query;
		}
		for (String pair : queryString.split("&")) {
			String[] parts = pair.split("=", 2);
			if (!parts[0].isEmpty()) {
				query.putIfAbsent(decode(parts[0]), parts.length == 2 ? decode(parts[1]) : "");
			}
		}
		return query;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

	static HttpStatus status(Outcome outcome) {
		return switch (outcome) {
			case REJECTED -> HttpStatus.UNAUTHORIZED;
			case MALFORMED -> HttpStatus.BAD_REQUEST;
			case FAILED -> HttpStatus.SERVICE_UNAVAILABLE;
			default -> HttpStatus.OK;
		};
	}

}
