package io.estante.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.estante.automation.DailyRun;
import io.estante.automation.DailyStep;
import io.estante.notifications.NotificationTestSupport;
import io.estante.notifications.NotificationsIntegrationTest;
import io.estante.notifications.internal.AlertStatus;
import io.estante.notifications.internal.Alerts;
import io.estante.notifications.internal.Channel;
import io.estante.test.MutableClock;
import io.estante.test.WebSession;
import io.estante.transfers.TransferScenario.Party;
import io.estante.transfers.internal.Transfers;

/**
 * Staff: the list, approval of a confirmed request when approval is required, rejection
 * with a reason. Expiry: a request left unconfirmed for {@code expiry-days} (7) is shown
 * and refused as expired at once, and the daily step stores it.
 */
@NotificationsIntegrationTest
class TransferStaffAndExpiryTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Transfers transfers;

	@Autowired
	List<DailyStep> steps;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Alerts alerts;

	TransferScenario scenario;

	@BeforeEach
	void setUp() {
		scenario = new TransferScenario(port);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void withApprovalRequiredTheServiceMovesOnlyWhenStaffApprove() {
		Party ana = scenario.client("Ana", "es", true);
		Party beto = scenario.client("Beto", "es", true);
		long service = scenario.activeService(ana.id(), clock.today());
		var created = scenario.started(ana, service, beto);
		long id = created.id("transferId");
		String message = created.text("message");
		// The setting (estante.transfers.staff-approval) as it was when this request
		// began.
		jdbc.sql("update service_transfer set staff_approval_required = true where id = :id").param("id", id).update();
		assertThat(scenario.staff().post("/api/v1/admin/transfers/" + id + "/approval", Map.of()).status())
			.isEqualTo(409);

		ana.api().post("/api/v1/transfers/" + id + "/confirmation", Map.of("message", message));
		var both = beto.api().post("/api/v1/transfers/" + id + "/confirmation", Map.of("message", message));
		assertThat(both.text("status")).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(both.body().path("awaitingStaffApproval").asBoolean()).isTrue();
		assertThat(beto.api().get("/api/v1/services/" + service).status()).isEqualTo(404);

		var listed = scenario.staff().get("/api/v1/admin/transfers?status=AWAITING_CONFIRMATION&limit=200");
		assertThat(listed.body().path("items").findValuesAsString("id")).contains(String.valueOf(id));
		assertThat(ana.api().post("/api/v1/admin/transfers/" + id + "/approval", Map.of()).status()).isEqualTo(403);

		var approved = scenario.staff().post("/api/v1/admin/transfers/" + id + "/approval", Map.of());
		assertThat(approved.status()).as(approved.raw().body()).isEqualTo(200);
		assertThat(approved.text("status")).isEqualTo("COMPLETED");
		assertThat(approved.text("reason")).startsWith("Aprobada por el equipo");
		assertThat(beto.api().get("/api/v1/services/" + service).id("clientId")).isEqualTo(beto.id());
	}

	@Test
	void staffRejectWithAReason() {
		Party ana = scenario.client("Ana", "es", true);
		Party beto = scenario.client("Beto", "en", true);
		long service = scenario.activeService(ana.id(), clock.today());
		var created = scenario.started(ana, service, beto);
		long id = created.id("transferId");

		var noReason = scenario.staff().post("/api/v1/admin/transfers/" + id + "/rejection", Map.of("reason", " "));
		assertThat(noReason.status()).isEqualTo(400);
		var rejected = scenario.staff()
			.post("/api/v1/admin/transfers/" + id + "/rejection", Map.of("reason", "Documento vencido"));
		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.text("status")).isEqualTo("REJECTED");
		var seen = beto.api().inLanguage("en").get("/api/v1/transfers/" + id);
		assertThat(seen.text("reason")).isEqualTo("Rejected by staff: Documento vencido");
		var late = beto.api()
			.inLanguage("en")
			.post("/api/v1/transfers/" + id + "/confirmation", Map.of("message", created.text("message")));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.text("detail")).isEqualTo("Request T-" + id + " was rejected or withdrawn.");
		assertThat(scenario.staff().get("/api/v1/admin/transfers?status=BOGUS").status()).isEqualTo(400);
		// Both sides are told, each in its language, with staff's reason.
		assertThat(endedAlertReason(ana.id())).isEqualTo("rechazada por el equipo: Documento vencido");
		assertThat(endedAlertReason(beto.id())).isEqualTo("rejected by staff: Documento vencido");
	}

	/**
	 * The reason of the client's e-mail alert of a transfer that ended without moving,
	 * once sent.
	 */
	private String endedAlertReason(long clientId) {
		var alert = NotificationTestSupport.awaitAlert(alerts, clientId, "transfer-ended", Channel.EMAIL,
				AlertStatus.SENT);
		assertThat(NotificationTestSupport.alertsOf(alerts, clientId)
			.stream()
			.filter(a -> a.moment().equals("transfer-ended") && a.channel() == Channel.EMAIL)).hasSize(1);
		return alert.values().get("reason");
	}

	@Test
	void anUnconfirmedRequestExpiresAfterTheConfiguredDays() {
		LocalDate start = clock.today();
		clock.set(start);
		Party ana = scenario.client("Ana", "es", true);
		Party beto = scenario.client("Beto", "es", true);
		long service = scenario.activeService(ana.id(), start);
		var created = scenario.started(ana, service, beto);
		long id = created.id("transferId");

		clock.addDays(6);
		ana = scenario.again(ana);
		assertThat(scenario.transfer(ana.api(), id).text("status")).isEqualTo("AWAITING_CONFIRMATION");
		clock.addDays(1);
		ana = scenario.again(ana);
		beto = scenario.again(beto);
		var expired = scenario.transfer(beto.api(), id);
		assertThat(expired.text("status")).isEqualTo("EXPIRED");
		assertThat(expired.text("reason")).isEqualTo("Venció el " + start.plusDays(7) + " sin las dos confirmaciones.");
		assertThat(WebSession.client(port, beto.email(), beto.password()).get("/client/transfers/" + id).html())
			.as("the page writes the day as the reader does; the API keeps ISO")
			.contains("Venció el " + start.plusDays(7).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		var late = beto.api()
			.post("/api/v1/transfers/" + id + "/confirmation", Map.of("message", created.text("message")));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.text("detail")).isEqualTo("La solicitud T-" + id + " venció.");
		assertThat(transfers.byId(id).orElseThrow().status()).isEqualTo(TransferStatus.EXPIRED);
		// The service is free for a new request.
		assertThat(scenario.start(ana, service, beto.email()).status()).isEqualTo(201);
		assertThat(endedAlertReason(ana.id())).isEqualTo("venció sin las dos confirmaciones");
		assertThat(endedAlertReason(beto.id())).isEqualTo("venció sin las dos confirmaciones");
	}

	@Test
	void theDailyStepStoresTheExpiryOfLapsedRequests() {
		LocalDate start = clock.today();
		clock.set(start);
		Party ana = scenario.client("Ana", "es", true);
		Party beto = scenario.client("Beto", "es", true);
		long laterService = scenario.activeService(ana.id(), start);
		long lapsing = scenario.started(ana, scenario.activeService(ana.id(), start), beto).id("transferId");
		clock.addDays(3);
		ana = scenario.again(ana);
		long fresh = scenario.started(ana, laterService, beto).id("transferId");
		DailyStep step = steps.stream().filter(s -> s.name().equals("transfer-expiries")).findFirst().orElseThrow();

		clock.addDays(4);
		// A run as of a past day expires only what had lapsed by then.
		transactions.executeWithoutResult(s -> step.runBatch(new DailyRun(0, start.plusDays(6), 1000), null));
		assertThat(transfers.byId(lapsing).orElseThrow().status()).isEqualTo(TransferStatus.AWAITING_CONFIRMATION);
		assertThat(step.remaining(new DailyRun(0, clock.today(), 1000))).isGreaterThanOrEqualTo(1);
		var batch = transactions.execute(s -> step.runBatch(new DailyRun(0, clock.today(), 1000), null));

		assertThat(batch.done()).isGreaterThanOrEqualTo(1);
		assertThat(batch.isLast()).isTrue();
		assertThat(transfers.byId(lapsing).orElseThrow().status()).isEqualTo(TransferStatus.EXPIRED);
		assertThat(transfers.byId(fresh).orElseThrow().status()).isEqualTo(TransferStatus.AWAITING_CONFIRMATION);
		var again = transactions.execute(s -> step.runBatch(new DailyRun(0, clock.today(), 1000), null));
		assertThat(again.done()).isZero();
		assertThat(endedAlertReason(beto.id())).as("the lapsed request only")
			.isEqualTo("venció sin las dos confirmaciones");
	}

}
