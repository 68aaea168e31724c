package io.estante.notifications;

import static io.estante.notifications.NotificationTestSupport.awaitAlert;
import static io.estante.notifications.NotificationTestSupport.publish;
import static io.estante.notifications.NotificationTestSupport.signUp;
import static io.estante.notifications.NotificationTestSupport.uniqueMobile;
import static io.estante.test.WhatsAppWebhooks.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.estante.notifications.internal.Alert;
import io.estante.notifications.internal.AlertReason;
import io.estante.notifications.internal.AlertStatus;
import io.estante.notifications.internal.Alerts;
import io.estante.notifications.internal.Channel;
import io.estante.notifications.internal.InboundMessages;
import io.estante.test.ApiClient;
import io.estante.test.WhatsAppWebhooks;

/**
 * {@code /webhooks/whatsapp}: the handshake, signatures (nothing stored without a valid
 * one), delivery statuses moving alerts, inbound messages stored once, matched to the
 * client by phone in any of its forms and published.
 */
@NotificationsIntegrationTest
class WhatsAppWebhookIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Alerts alerts;

	@Autowired
	InboundMessages inbound;

	@Autowired
	InboundCapture captured;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void handshakeAnswersTheChallengeOnlyWithTheVerifyToken() throws Exception {
		HttpResponse<String> right = get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token="
				+ WhatsAppWebhooks.VERIFY_TOKEN + "&hub.challenge=1158201444");
		assertThat(right.statusCode()).isEqualTo(200);
		assertThat(right.body()).isEqualTo("1158201444");

		assertThat(get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1").statusCode())
			.isEqualTo(403);
		assertThat(get("/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=1").statusCode()).isEqualTo(403);
	}

	@Test
	void withoutAValidSignatureNothingIsStored() {
		String id = "wamid.IN" + UUID.randomUUID();
		String body = WhatsAppWebhooks.textMessage(id, "5491155550000", "Mallory", "hola");
		long deliveries = deliveries();
		ApiClient api = new ApiClient(port);

		assertThat(api.postRaw("/webhooks/whatsapp", body, Map.of("Content-Type", "application/json")).status())
			.isEqualTo(401);
		assertThat(api.postRaw("/webhooks/whatsapp", body, Map.of("Content-Type", "application/json",
				"X-Hub-Signature-256", "sha256=" + WhatsAppWebhooks.sign("another-secret", body)))
			.status()).isEqualTo(401);
		assertThat(api
			.postRaw("/webhooks/whatsapp", body + " ", Map.of("Content-Type", "application/json", "X-Hub-Signature-256",
					signed(body).get("X-Hub-Signature-256")))
			.status()).isEqualTo(401);

		assertThat(deliveries()).isEqualTo(deliveries);
		assertThat(inbound.countByWaMessageId(id)).isZero();
	}

	@Test
	void anInboundMessageIsStoredOnceMatchedByPhoneAndPublished() {
		// Registered without the 9 (as people do); WhatsApp writes the mobile as 549….
		String local = String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextInt(2000_0000, 6999_9999));
		var client = signUp(new ApiClient(port), "Rosa", "es", "+54 11 " + local);
		String id = "wamid.IN" + UUID.randomUUID();
		String body = WhatsAppWebhooks.textMessage(id, "54911" + local, "Rosa", "Confirmo la transferencia");
		ApiClient api = new ApiClient(port);

		assertThat(api.postRaw("/webhooks/whatsapp", body, signed(body)).status()).isEqualTo(200);
		assertThat(api.postRaw("/webhooks/whatsapp", body, signed(body)).status()).isEqualTo(200);

		await().until(() -> captured.of(id).size() == 1);
		InboundMessageReceived event = captured.of(id).getFirst();
		assertThat(event.clientId()).isEqualTo(client.id());
		assertThat(event.from()).isEqualTo("+54911" + local);
		assertThat(event.text()).isEqualTo("Confirmo la transferencia");
		await().until(() -> processedDeliveriesOf(id) == 2);
		assertThat(inbound.countByWaMessageId(id)).isEqualTo(1);
		assertThat(captured.of(id)).hasSize(1);
	}

	@Test
	void aMessageFromAnUnknownNumberIsKeptWithoutClient() {
		String id = "wamid.IN" + UUID.randomUUID();
		String body = WhatsAppWebhooks.textMessage(id, "14155550100", "Stranger", "hi");

		assertThat(new ApiClient(port).postRaw("/webhooks/whatsapp", body, signed(body)).status()).isEqualTo(200);

		await().until(() -> captured.of(id).size() == 1);
		assertThat(captured.of(id).getFirst().clientId()).isNull();
	}

	@Test
	void statusesMoveTheAlertForwardOnly() {
		var client = signUp(new ApiClient(port), "Sara", "es", uniqueMobile());
		Alert sent = awaitAlert(alerts, client.id(), "client-registered", Channel.WHATSAPP, AlertStatus.SENT);
		String digits = client.phone().substring(1);

		post(WhatsAppWebhooks.status(sent.providerMessageId(), "delivered", digits));
		awaitAlert(alerts, client.id(), "client-registered", Channel.WHATSAPP, AlertStatus.DELIVERED);
		post(WhatsAppWebhooks.status(sent.providerMessageId(), "read", digits));
		Alert read = awaitAlert(alerts, client.id(), "client-registered", Channel.WHATSAPP, AlertStatus.READ);
		assertThat(read.deliveredAt()).isNotNull();
		assertThat(read.readAt()).isNotNull();

		// A late "delivered" (or "sent") never moves it back.
		post(WhatsAppWebhooks.status(sent.providerMessageId(), "sent", digits));
		await().until(() -> processedDeliveriesOf(sent.providerMessageId()) == 3);
		assertThat(alerts.byId(sent.id()).orElseThrow().status()).isEqualTo(AlertStatus.READ);
	}

	@Test
	void aFailedDeliveryFailsTheAlertAndFallsBackToEmail() {
		var client = signUp(new ApiClient(port), "Tomas", "es", uniqueMobile());
		awaitAlert(alerts, client.id(), "client-registered", Channel.WHATSAPP, AlertStatus.SENT);
		ApiClient owner = new ApiClient(port).signIn(io.estante.test.EstanteIntegrationTest.OWNER_EMAIL,
				io.estante.test.EstanteIntegrationTest.OWNER_PASSWORD);
		owner.put("/api/v1/admin/notifications/settings/test-moment", Map.of("email", false));
		try {
			publish(transactions, events, new TestNotice(client.id(), "test-moment", Map.of("code", "W1"), false,
					UUID.randomUUID().toString()));
			Alert sent = awaitAlert(alerts, client.id(), "test-moment", Channel.WHATSAPP, AlertStatus.SENT);
			assertThat(alerts.byNotice(sent.noticeKey(), Channel.EMAIL).orElseThrow().status())
				.isEqualTo(AlertStatus.SKIPPED);

			post(WhatsAppWebhooks.status(sent.providerMessageId(), "failed", client.phone().substring(1)));

			Alert failed = awaitAlert(alerts, client.id(), "test-moment", Channel.WHATSAPP, AlertStatus.FAILED);
			assertThat(failed.errorCode()).isEqualTo("131026");
			assertThat(failed.errorMessage()).contains("Message undeliverable");
			Alert mail = awaitAlert(alerts, client.id(), "test-moment", Channel.EMAIL, AlertStatus.SENT);
			assertThat(mail.reason()).isEqualTo(AlertReason.FALLBACK);
		}
		finally {
			owner.put("/api/v1/admin/notifications/settings/test-moment", Map.of("email", true));
		}
	}

	private void post(String body) {
		assertThat(new ApiClient(port).postRaw("/webhooks/whatsapp", body, signed(body)).status()).isEqualTo(200);
	}

	private long deliveries() {
		return jdbc.sql("select count(*) from whatsapp_webhook_delivery").query(Long.class).single();
	}

	private long processedDeliveriesOf(String text) {
		return jdbc
			.sql("select count(*) from whatsapp_webhook_delivery where processed_at is not null and payload like :text")
			.param("text", "%" + text + "%")
			.query(Long.class)
			.single();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
