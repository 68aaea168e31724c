package io.estante.transfers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import io.estante.notifications.InboundMessageReceived;
import io.estante.notifications.NotificationTestSupport;
import io.estante.notifications.NotificationsTestSetup;
import io.estante.notifications.NotificationsIntegrationTest;
import io.estante.notifications.internal.AlertStatus;
import io.estante.notifications.internal.Alerts;
import io.estante.notifications.internal.Channel;
import io.estante.test.MutableClock;
import io.estante.test.WhatsAppWebhooks;
import io.estante.transfers.TransferScenario.Party;
import io.estante.transfers.internal.Transfers;

/**
 * Confirmations by WhatsApp through the signed webhook: the identical text from both
 * phones moves the service; one character different is refused with a reply saying where;
 * the text from a phone of neither client changes nothing; a message delivered twice
 * counts once; a condition broken between the two confirmations rejects the request.
 */
@NotificationsIntegrationTest
class WhatsAppConfirmationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Alerts alerts;

	@Autowired
	MutableClock clock;

	@Autowired
	Transfers transfers;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	TransferScenario scenario;

	@BeforeEach
	void setUp() {
		scenario = new TransferScenario(port);
	}

	@Test
	void theIdenticalTextFromBothPhonesMovesTheService() {
		Party ana = scenario.client("Ana", "es", true);
		Party beto = scenario.client("Beto", "en", true);
		long service = scenario.activeService(ana.id(), clock.today());
		var created = scenario.started(ana, service, beto);
		long id = created.id("transferId");
		String message = created.text("message");

		// Decomposed accents and surrounding white space are forgiven.
		scenario.whatsApp(ana.whatsAppDigits(), "\n " + Normalizer.normalize(message, Normalizer.Form.NFD) + "  ");
		await().until(() -> scenario.transfer(ana.api(), id).body().path("origin").path("confirmed").asBoolean());
		assertThat(scenario.transfer(ana.api(), id).body().path("origin").path("via").asString()).isEqualTo("WHATSAPP");
		await().until(() -> NotificationsTestSetup.WHATSAPP.textsFor(ana.phone()).size() == 1);
		assertThat(NotificationsTestSetup.WHATSAPP.textsFor(ana.phone()).getFirst())
			.isEqualTo("Recibimos tu confirmación de la transferencia T-" + id + ". Falta la de la otra cuenta.");

		scenario.whatsApp(beto.whatsAppDigits(), message);
		await().until(() -> scenario.transfer(beto.api(), id).text("status").equals("COMPLETED"));
		assertThat(ana.api().get("/api/v1/services/" + service).status()).isEqualTo(404);
		assertThat(beto.api().get("/api/v1/services/" + service).id("clientId")).isEqualTo(beto.id());
		await().until(() -> NotificationsTestSetup.WHATSAPP.textsFor(beto.phone()).size() == 1);
		assertThat(NotificationsTestSetup.WHATSAPP.textsFor(beto.phone()).getFirst())
			.isEqualTo("Transfer T-" + id + " completed: the service has changed hands.");
	}

	@Test
	void oneCharacterDifferentIsRefusedWithAReplySayingWhy() {
		Party ana = scenario.client("Ana", "es", true);
		Party beto = scenario.client("Beto", "es", true);
		long service = scenario.activeService(ana.id(), clock.today());
		var created = scenario.started(ana, service, beto);
		long id = created.id("transferId");
		String message = created.text("message");
		String altered = message.replace("Solicito", "Solicitó");

		scenario.whatsApp(beto.whatsAppDigits(), altered);

		await().until(() -> transfers.inboundOutcomes(id).contains("NEAR_MISS"));
		await().until(() -> NotificationsTestSetup.WHATSAPP.textsFor(beto.phone()).size() == 1);
		assertThat(NotificationsTestSetup.WHATSAPP.textsFor(beto.phone()).getFirst())
			.startsWith("Tu mensaje no confirma la transferencia T-" + id)
			.contains("difiere a partir del carácter 8");
		var t = scenario.transfer(beto.api(), id);
		assertThat(t.body().path("destination").path("confirmed").asBoolean()).isFalse();
		assertThat(t.text("status")).isEqualTo("AWAITING_CONFIRMATION");
		// A message about something else is no confirmation and gets no reply.
		scenario.whatsApp(beto.whatsAppDigits(), "Hola, ¿a qué hora abren?");
		String later = scenario.whatsApp(beto.whatsAppDigits(), message);
		await().until(() -> scenario.transfer(beto.api(), id).body().path("destination").path("confirmed").asBoolean());
		assertThat(transfers.inboundOutcomes(id)).containsExactly("NEAR_MISS", "CONFIRMED");
		assertThat(later).isNotBlank();
	}

	@Test
	void theTextFromAPhoneOfNeitherClientChangesNothing() {
		Party ana = scenario.client("Ana", "es", true);
		Party beto = scenario.client("Beto", "es", true);
		Party carla = scenario.client("Carla", "es", true);
		long service = scenario.activeService(ana.id(), clock.today());
		var created = scenario.started(ana, service, beto);
		long id = created.id("transferId");
		String message = created.text("message");

		scenario.whatsApp(carla.whatsAppDigits(), message);
		scenario.whatsApp("14155550123", message);

		await().until(() -> transfers.inboundOutcomes(id).size() == 2);
		assertThat(transfers.inboundOutcomes(id)).containsOnly("FOREIGN_PHONE");
		var t = scenario.transfer(ana.api(), id).body();
		assertThat(t.path("origin").path("confirmed").asBoolean()).isFalse();
		assertThat(t.path("destination").path("confirmed").asBoolean()).isFalse();
		await().until(() -> NotificationsTestSetup.WHATSAPP.textsFor(carla.phone()).size() == 1);
		assertThat(NotificationsTestSetup.WHATSAPP.textsFor(carla.phone()).getFirst())
			.contains("no es el registrado en ninguna de las dos cuentas");
		assertThat(ana.api().get("/api/v1/services/" + service).status()).isEqualTo(200);
	}

	@Test
	void aMessageDeliveredTwiceCountsOnce() {
		Party ana = scenario.client("Ana", "es", true);
		Party beto = scenario.client("Beto", "es", true);
		long service = scenario.activeService(ana.id(), clock.today());
		var created = scenario.started(ana, service, beto);
		long id = created.id("transferId");
		String message = created.text("message");

		// The webhook delivering the same message twice (notifications keeps one)...
		String wamid = "wamid.TWICE" + java.util.UUID.randomUUID();
		String body = WhatsAppWebhooks.anyTextMessage(wamid, ana.whatsAppDigits(), "Ana", message);
		scenario.deliver(body);
		scenario.deliver(body);
		await().until(() -> scenario.transfer(ana.api(), id).body().path("origin").path("confirmed").asBoolean());
		await().until(() -> NotificationsTestSetup.WHATSAPP.textsFor(ana.phone()).size() == 1);

		// ... and the event itself handed over again (a redelivered publication).
		var again = new InboundMessageReceived(987_000_000L + id, "wamid.AGAIN" + id, ana.phone(), ana.id(), "text",
				message, Instant.now(clock));
		transactions.executeWithoutResult(s -> events.publishEvent(again));
		transactions.executeWithoutResult(s -> events.publishEvent(again));
		await().during(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(10))
			.until(() -> transfers.inboundOutcomes(id).size() == 2);
		assertThat(transfers.inboundOutcomes(id)).containsExactly("CONFIRMED", "CONFIRMED");
		assertThat(scenario.transfer(ana.api(), id).text("status")).isEqualTo("AWAITING_CONFIRMATION");
	}

	@Test
	void aConditionBrokenBetweenTheConfirmationsRejectsTheRequest() {
		Party ana = scenario.client("Ana", "es", true);
		Party beto = scenario.client("Beto", "es", true);
		long service = scenario.activeService(ana.id(), clock.today());
		var created = scenario.started(ana, service, beto);
		long id = created.id("transferId");
		String message = created.text("message");
		scenario.whatsApp(ana.whatsAppDigits(), message);
		await().until(() -> scenario.transfer(ana.api(), id).body().path("origin").path("confirmed").asBoolean());

		String number = scenario.unpaidInvoice(ana.id(), service, clock.today().plusDays(5));
		scenario.staff().post("/api/v1/admin/services/" + service + "/suspension", Map.of("reason", "abuse"));
		var answer = beto.api().post("/api/v1/transfers/" + id + "/confirmation", Map.of("message", message));

		assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
		assertThat(answer.text("status")).isEqualTo("REJECTED");
		assertThat(answer.text("reason")).startsWith("No se completó porque ya no se cumplían las condiciones:")
			.contains("Suspendido")
			.contains(number);
		var service1 = ana.api().get("/api/v1/services/" + service);
		assertThat(service1.status()).isEqualTo(200);
		assertThat(service1.id("clientId")).isEqualTo(ana.id());
		// The service is free for a new request once things are in order.
		assertThat(scenario.start(ana, service, beto.email()).body().path("reasons").toString())
			.doesNotContain("ANOTHER_TRANSFER_OPEN");
		for (Party side : new Party[] { ana, beto }) {
			var told = NotificationTestSupport.awaitAlert(alerts, side.id(), "transfer-ended", Channel.EMAIL,
					AlertStatus.SENT);
			assertThat(told.values().get("reason"))
				.isEqualTo("el servicio o las cuentas ya no cumplían las condiciones");
		}
	}

}
