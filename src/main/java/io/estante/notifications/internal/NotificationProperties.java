package io.estante.notifications.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How alerts are sent ({@code estante.notifications.*}) and the moments: each maps to its
 * WhatsApp template (name and the values that fill its body parameters, in order) and
 * says whether it is essential. {@code senderEnabled=false} makes a node that only serves
 * web traffic and leaves sending to the others.
 */
@ConfigurationProperties("estante.notifications")
public record NotificationProperties(@DefaultValue("true") boolean senderEnabled,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("20") int batchSize,
		@DefaultValue("2m") Duration claimTimeout, @DefaultValue Retry retry,
		@DefaultValue("5m") Duration resubmitAfter, Map<String, Moment> moments) {

	public NotificationProperties {
		moments = moments == null ? Map.of() : new TreeMap<>(moments);
		if (batchSize < 1) {
			throw new IllegalArgumentException("estante.notifications.batch-size must be at least 1");
		}
	}

	/**
	 * Retries on throttling and server errors: the delay doubles from
	 * {@code initialDelay} up to {@code maxDelay}; after {@code maxAttempts} the alert
	 * fails.
	 */
	public record Retry(@DefaultValue("15s") Duration initialDelay, @DefaultValue("30m") Duration maxDelay,
			@DefaultValue("8") int maxAttempts) {
	}

	/**
	 * One moment. {@code template}: the approved WhatsApp template (blank: e-mail only);
	 * {@code parameters}: value names for its body parameters; {@code buttonParameter}:
	 * the value for a URL button's dynamic suffix, if the template has one;
	 * {@code secret}: values redacted from the log once the alert is done (a reset link).
	 */
	public record Moment(String template, List<String> parameters, String buttonParameter,
			@DefaultValue("false") boolean essential, List<String> secret) {

		public Moment {
			parameters = parameters == null ? List.of() : List.copyOf(parameters);
			secret = secret == null ? List.of() : List.copyOf(secret);
		}

		public boolean hasTemplate() {
			return template != null && !template.isBlank();
		}

	}

	public Moment moment(String name) {
		return moments.getOrDefault(name, new Moment(null, List.of(), null, false, List.of()));
	}

}
