package io.estante.notifications;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import io.estante.notifications.internal.Alert;
import io.estante.notifications.internal.AlertFilter;
import io.estante.notifications.internal.AlertStatus;
import io.estante.notifications.internal.Alerts;
import io.estante.notifications.internal.Channel;
import io.estante.test.ApiClient;

/**
 * What the notification tests do again and again: sign clients up, publish, wait for
 * alerts.
 */
public final class NotificationTestSupport {

	public record Client(long id, String email, String password, String phone, ApiClient api) {
	}

	private NotificationTestSupport() {
	}

	/** Signs a client up through the API, with this language and phone (null: none). */
	public static Client signUp(ApiClient anonymous, String firstName, String language, String phone) {
		String email = firstName.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String password = "correct-horse-" + UUID.randomUUID().toString().substring(0, 6);
		var body = new java.util.HashMap<String, Object>(Map.of("email", email, "password", password, "firstName",
				firstName, "lastName", "Tester", "language", language));
		if (phone != null) {
			body.put("phone", phone);
		}
		ApiClient.Response created = anonymous.post("/api/v1/clients", body);
		if (created.status() != 201) {
			throw new IllegalStateException("Sign-up failed: " + created.raw().body());
		}
		return new Client(created.id("id"), email, password, created.text("phone"), anonymous.signIn(email, password));
	}

	/** A Buenos Aires mobile in E.164 that no other test uses. */
	public static String uniqueMobile() {
		var random = java.util.concurrent.ThreadLocalRandom.current();
		return "+54911" + random.nextInt(20_000_000, 69_999_999);
	}

	public static void publish(TransactionTemplate transactions, ApplicationEventPublisher events, Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	public static List<Alert> alertsOf(Alerts alerts, long clientId) {
		return alerts.find(new AlertFilter(clientId, null, null, null), null, 500);
	}

	/** Waits until the client's alert of that moment and channel is in the status. */
	public static Alert awaitAlert(Alerts alerts, long clientId, String moment, Channel channel, AlertStatus status) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> alerts.find(new AlertFilter(clientId, moment, channel, null), null, 10)
				.stream()
				.filter(a -> a.status() == status)
				.findFirst()
				.orElse(null), a -> a != null);
	}

}
