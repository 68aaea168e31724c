package io.estante.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.notifications.NotificationTestSupport;
import io.estante.notifications.NotificationsIntegrationTest;
import io.estante.notifications.internal.AlertStatus;
import io.estante.notifications.internal.Alerts;
import io.estante.notifications.internal.Channel;
import io.estante.test.MutableClock;
import io.estante.transfers.TransferScenario.Party;

/**
 * {@code /api/v1/transfers}: starting (201 with the exact text and the WhatsApp link),
 * who may read a request, confirmation of both sides in the client area, and the service
 * moving: the origin no longer sees it, the destination does, past invoices stay.
 */
@NotificationsIntegrationTest
class TransferApiTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Alerts alerts;

	TransferScenario scenario;

	@BeforeEach
	void setUp() {
		scenario = new TransferScenario(port);
	}

	@Test
	void bothClientsConfirmInTheClientAreaAndTheServiceMoves() {
		Party ana = scenario.client("Ana", "es", true);
		Party john = scenario.client("John", "en", true);
		long service = scenario.activeService(ana.id(), clock.today());
		String paidBefore = scenario.unpaidInvoice(ana.id(), service, clock.today().plusDays(10));
		long paidInvoice = scenario.staff()
			.get("/api/v1/invoices?clientId=" + ana.id())
			.body()
			.path("items")
			.path(0)
			.path("id")
			.asLong();
		var pay = scenario.staff()
			.post("/api/v1/admin/invoices/" + paidInvoice + "/payments",
					Map.of("amount", "500.00", "method", "cash", "transactionId", "tr-" + paidBefore));
		assertThat(pay.status()).as(pay.raw().body()).isIn(200, 201);

		var created = scenario.started(ana, service, john);
		long id = created.id("transferId");
		String message = created.text("message");
		assertThat(message).startsWith("Solicito transferir el servicio ")
			.contains("Ana Tester (" + ana.email() + ")")
			.contains("John Tester (" + john.email() + ")")
			.contains("(n.º " + service + ")")
			.endsWith("Solicitud T-" + id + ".");
		assertThat(created.text("status")).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(created.text("whatsappLink")).startsWith("https://wa.me/5491150000000?text=Solicito%20transferir");

		var other = scenario.client("Carla", "es", true);
		assertThat(scenario.transfer(other.api(), id).status()).isEqualTo(404);
		assertThat(scenario.transfer(scenario.staff(), id).status()).isEqualTo(200);
		var seenByJohn = scenario.transfer(john.api(), id);
		assertThat(seenByJohn.status()).isEqualTo(200);
		assertThat(seenByJohn.text("message")).isEqualTo(message);

		var wrong = john.api()
			.inLanguage("en")
			.post("/api/v1/transfers/" + id + "/confirmation",
					Map.of("message", message.replace("Solicito", "Solicita")));
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.text("detail")).contains("not identical").contains("character 8");
		assertThat(other.api().post("/api/v1/transfers/" + id + "/confirmation", Map.of("message", message)).status())
			.isEqualTo(404);

		var half = john.api()
			.post("/api/v1/transfers/" + id + "/confirmation", Map.of("message", "  " + message + "\n"));
		assertThat(half.status()).as(half.raw().body()).isEqualTo(200);
		assertThat(half.body().path("destination").path("confirmed").asBoolean()).isTrue();
		assertThat(half.body().path("destination").path("via").asString()).isEqualTo("CLIENT_AREA");
		assertThat(half.text("status")).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(scenario.transfer(ana.api(), id).body().path("origin").path("confirmed").asBoolean()).isFalse();

		var done = ana.api().post("/api/v1/transfers/" + id + "/confirmation", Map.of("message", message));
		assertThat(done.status()).as(done.raw().body()).isEqualTo(200);
		assertThat(done.text("status")).isEqualTo("COMPLETED");

		assertThat(ana.api().get("/api/v1/services/" + service).status()).isEqualTo(404);
		var moved = john.api().get("/api/v1/services/" + service);
		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.id("clientId")).isEqualTo(john.id());
		assertThat(moved.text("status")).isEqualTo("ACTIVE");
		// History stays with the old owner.
		assertThat(ana.api().get("/api/v1/invoices/" + paidInvoice).id("clientId")).isEqualTo(ana.id());
		assertThat(john.api().get("/api/v1/invoices/" + paidInvoice).status()).isEqualTo(404);
		// Both are told.
		NotificationTestSupport.awaitAlert(alerts, ana.id(), "service-transferred", Channel.EMAIL, AlertStatus.SENT);
		NotificationTestSupport.awaitAlert(alerts, john.id(), "service-transferred", Channel.EMAIL, AlertStatus.SENT);
		// Nothing more can be done to it.
		var again = john.api().post("/api/v1/transfers/" + id + "/confirmation", Map.of("message", message));
		assertThat(again.status()).isEqualTo(409);
		assertThat(ana.api().get("/api/v1/transfers").body().path("items").path(0).path("id").asLong()).isEqualTo(id);
	}

	@Test
	void theNextRenewalInvoiceIsAddressedToTheDestination() {
		Party ana = scenario.client("Ana", "es", true);
		Party beto = scenario.client("Beto", "es", true);
		long product = new io.estante.services.Fixtures(port).hostingProduct("1000.00", "10000.00");
		long service = new io.estante.services.Fixtures(port).recordService(ana.id(), product, "MONTHLY", "ACTIVE",
				clock.today().minusDays(20), clock.today().plusDays(10));
		var created = scenario.started(ana, service, beto);
		Map<String, String> body = Map.of("message", created.text("message"));
		ana.api().post("/api/v1/transfers/" + created.id("transferId") + "/confirmation", body);
		beto.api().post("/api/v1/transfers/" + created.id("transferId") + "/confirmation", body);

		var run = scenario.staff().post("/api/v1/admin/automation/runs", Map.of());
		assertThat(run.status()).as(run.raw().body()).isEqualTo(201);

		var renewal = beto.api()
			.get("/api/v1/invoices")
			.body()
			.path("items")
			.valueStream()
			.filter(i -> i.path("lines").valueStream().anyMatch(l -> l.path("serviceId").asLong() == service))
			.toList();
		assertThat(renewal).hasSize(1);
		assertThat(renewal.getFirst().path("clientId").asLong()).isEqualTo(beto.id());
		assertThat(renewal.getFirst().path("lines").path(0).path("kind").asString()).isEqualTo("RENEWAL");
		assertThat(ana.api()
			.get("/api/v1/invoices")
			.body()
			.path("items")
			.valueStream()
			.flatMap(i -> i.path("lines").valueStream())
			.noneMatch(l -> l.path("serviceId").asLong() == service)).isTrue();
	}

	@Test
	void everyUnmetConditionIsListedWithItsReasonInTheCallersLanguage() {
		Party ana = scenario.client("Ana", "es", false);
		Party beto = scenario.client("Beto", "es", false);
		long service = scenario.activeService(ana.id(), clock.today());
		String number = scenario.unpaidInvoice(ana.id(), service, clock.today().plusDays(10));
		scenario.staff().post("/api/v1/admin/services/" + service + "/suspension", Map.of("reason", "abuse"));

		var refused = scenario.start(ana, service, beto.email());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.text("detail")).isEqualTo("No se puede transferir el servicio: faltan 4 condiciones.");
		var reasons = refused.body().path("reasons");
		assertThat(reasons).hasSize(4);
		assertThat(reasons.path(0).path("condition").asString()).isEqualTo("ORIGIN_NOT_VERIFIED");
		assertThat(reasons.path(0).path("message").asString()).contains("Tu cuenta no está verificada");
		assertThat(reasons.path(0).path("link").asString()).isEqualTo("/client/transfers/verification");
		assertThat(reasons.path(1).path("condition").asString()).isEqualTo("DESTINATION_NOT_VERIFIED");
		assertThat(reasons.path(2).path("condition").asString()).isEqualTo("SERVICE_NOT_ACTIVE");
		assertThat(reasons.path(2).path("message").asString()).contains("Suspendido");
		assertThat(reasons.path(3).path("condition").asString()).isEqualTo("UNPAID_INVOICES");
		assertThat(reasons.path(3).path("message").asString()).contains(number);
		assertThat(reasons.path(3).path("link").asString()).isEqualTo("/client/invoices?status=UNPAID");

		var english = ana.api()
			.inLanguage("en")
			.post("/api/v1/transfers", Map.of("serviceId", service, "toEmail", "nobody-" + ana.email()));
		assertThat(english.status()).isEqualTo(422);
		assertThat(english.body().path("reasons").path(1).path("condition").asString())
			.isEqualTo("DESTINATION_UNKNOWN");
		assertThat(english.body().path("reasons").path(1).path("message").asString())
			.isEqualTo("No client has that e-mail: whoever receives the service must sign up on their own first.");
		assertThat(english.body().path("reasons").path(2).path("message").asString()).contains("Suspended");

		var own = scenario.start(ana, service, ana.email().toUpperCase());
		assertThat(own.body().path("reasons").path(1).path("condition").asString()).isEqualTo("DESTINATION_IS_ORIGIN");
	}

	@Test
	void aSecondOpenRequestForTheSameServiceIsRefusedUntilTheFirstCloses() {
		Party ana = scenario.client("Ana", "es", true);
		Party beto = scenario.client("Beto", "es", true);
		Party carla = scenario.client("Carla", "es", true);
		long service = scenario.activeService(ana.id(), clock.today());
		long first = scenario.started(ana, service, beto).id("transferId");

		var second = scenario.start(ana, service, carla.email());
		assertThat(second.status()).isEqualTo(422);
		assertThat(second.body().path("reasons").path(0).path("condition").asString())
			.isEqualTo("ANOTHER_TRANSFER_OPEN");

		var withdrawn = ana.api().post("/api/v1/transfers/" + first + "/withdrawal", Map.of());
		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(withdrawn.text("status")).isEqualTo("REJECTED");
		assertThat(withdrawn.text("reason")).isEqualTo("Cancelada por " + ana.email() + ".");
		assertThat(scenario.start(ana, service, carla.email()).status()).isEqualTo(201);
		// The side that did not withdraw is told; the side that did is not.
		var told = NotificationTestSupport.awaitAlert(alerts, beto.id(), "transfer-ended", Channel.EMAIL,
				AlertStatus.SENT);
		assertThat(told.values().get("reason")).isEqualTo("la otra parte la canceló");
		assertThat(NotificationTestSupport.alertsOf(alerts, ana.id()))
			.noneMatch(a -> a.moment().equals("transfer-ended"));
	}

	@Test
	void refusalsOfBadInput() {
		Party ana = scenario.client("Ana", "es", true);
		Party beto = scenario.client("Beto", "es", true);
		long service = scenario.activeService(ana.id(), clock.today());
		long betos = scenario.activeService(beto.id(), clock.today());

		assertThat(scenario.start(ana, betos, beto.email()).status()).isEqualTo(404);
		assertThat(scenario.start(ana, 999_999_999L, beto.email()).status()).isEqualTo(404);
		assertThat(ana.api().post("/api/v1/transfers", Map.of("toEmail", beto.email())).status()).isEqualTo(400);
		var blank = scenario.start(ana, service, "  ");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.text("detail")).isEqualTo("Escribí el e-mail de la cuenta que recibe el servicio.");
		assertThat(ana.api().post("/api/v1/transfers", "{not json").status()).isEqualTo(400);
		var wrongPassword = ana.api()
			.post("/api/v1/transfers", Map.of("serviceId", service, "toEmail", beto.email(), "password", "nope"));
		assertThat(wrongPassword.status()).isEqualTo(403);
		assertThat(ana.api()
			.post("/api/v1/transfers",
					Map.of("serviceId", service, "toEmail", beto.email(), "password", ana.password()))
			.status()).isEqualTo(201);
		assertThat(scenario.transfer(ana.api(), 999_999_999L).status()).isEqualTo(404);
		assertThat(new io.estante.test.ApiClient(port).get("/api/v1/transfers/1").status()).isEqualTo(401);
		assertThat(scenario.staff()
			.post("/api/v1/transfers", Map.of("serviceId", service, "toEmail", beto.email()))
			.status()).isEqualTo(403);
	}

}
