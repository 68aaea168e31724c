package io.estante.payments.gateway;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A notification as it arrived: the headers the gateway signs with (names lower-cased),
 * the query parameters and the raw body.
 */
public record InboundNotification(Map<String, String> headers, Map<String, String> query, String body) {

	public InboundNotification {
		headers = headers.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue,
					(a, b) -> a));
		query = Map.copyOf(query);
		body = body == null ? "" : body;
	}

	public String header(String name) {
		return headers.get(name.toLowerCase(Locale.ROOT));
	}

	public String query(String name) {
		return query.get(name);
	}

}
