package io.estante.notifications;

import static io.estante.notifications.NotificationTestSupport.awaitAlert;
import static io.estante.notifications.NotificationTestSupport.publish;
import static io.estante.notifications.NotificationTestSupport.signUp;
import static io.estante.notifications.NotificationTestSupport.uniqueMobile;
import static io.estante.notifications.NotificationsTestSetup.WHATSAPP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import io.estante.notifications.internal.Alert;
import io.estante.notifications.internal.AlertReason;
import io.estante.notifications.internal.AlertStatus;
import io.estante.notifications.internal.Alerts;
import io.estante.notifications.internal.Channel;
import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.FakeWhatsAppApi;

/**
 * How sending copes with the Cloud API: throttling, server errors and timeouts are
 * retried with backoff and the message is sent once; permanent errors fail the alert with
 * Meta's code and message and hand over to e-mail; staff switches and client choices are
 * obeyed; the same notice delivered twice is one alert.
 */
@NotificationsIntegrationTest
class AlertDeliveryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Alerts alerts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	ApiClient owner;

	@AfterEach
	void switchesBackOn() {
		owner().put("/api/v1/admin/notifications/settings/test-moment", Map.of("whatsapp", true, "email", true));
	}

	@Test
	void aThrottledSendIsRetriedAndSentOnce() {
		var client = clientWithPhone("Ines");
		WHATSAPP.script(client.phone(), FakeWhatsAppApi.throttled(), FakeWhatsAppApi.throttled());

		publish(transactions, events, notice(client.id(), "T1"));

		Alert alert = awaitAlert(alerts, client.id(), "test-moment", Channel.WHATSAPP, AlertStatus.SENT);
		assertThat(alert.attempts()).isEqualTo(3);
		assertThat(alert.providerMessageId()).startsWith("wamid.");
		assertMessages(client.phone(), 1);
	}

	@Test
	void serverErrorsAndTimeoutsAreRetried() {
		var client = clientWithPhone("Juan");
		WHATSAPP.script(client.phone(), FakeWhatsAppApi.serverError(), FakeWhatsAppApi.slow(1500));

		publish(transactions, events, notice(client.id(), "T2"));

		Alert alert = awaitAlert(alerts, client.id(), "test-moment", Channel.WHATSAPP, AlertStatus.SENT);
		assertThat(alert.attempts()).isEqualTo(3);
		assertMessages(client.phone(), 1);
	}

	@Test
	void aPermanentErrorFailsWithMetasCodeAndFallsBackToEmailEvenWhereEmailIsOff() {
		var client = clientWithPhone("Kiara");
		assertThat(owner().put("/api/v1/admin/notifications/settings/test-moment", Map.of("email", false)).status())
			.isEqualTo(200);
		WHATSAPP.script(client.phone(), FakeWhatsAppApi.notWhatsAppUser());

		publish(transactions, events, notice(client.id(), "T3"));

		Alert failed = awaitAlert(alerts, client.id(), "test-moment", Channel.WHATSAPP, AlertStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.errorCode()).isEqualTo("131026");
		assertThat(failed.errorMessage()).contains("Message undeliverable");
		Alert mail = awaitAlert(alerts, client.id(), "test-moment", Channel.EMAIL, AlertStatus.SENT);
		assertThat(mail.reason()).isEqualTo(AlertReason.FALLBACK);
		assertThat(Mailbox.to(client.email())).anyMatch(m -> m.alertId().equals(String.valueOf(mail.id())));
		assertMessages(client.phone(), 0);
	}

	@Test
	void retriesRunOutIntoAFailureAndEmail() {
		var client = clientWithPhone("Lucas");
		WHATSAPP.script(client.phone(), FakeWhatsAppApi.serverError(), FakeWhatsAppApi.serverError(),
				FakeWhatsAppApi.serverError(), FakeWhatsAppApi.serverError());
		owner().put("/api/v1/admin/notifications/settings/test-moment", Map.of("email", false));

		publish(transactions, events, notice(client.id(), "T4"));

		Alert failed = awaitAlert(alerts, client.id(), "test-moment", Channel.WHATSAPP, AlertStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(4);
		assertThat(failed.errorCode()).isEqualTo("131000");
		assertThat(failed.errorMessage()).startsWith("Gave up after 4 attempts");
		awaitAlert(alerts, client.id(), "test-moment", Channel.EMAIL, AlertStatus.SENT);
	}

	@Test
	void anExpiredTokenIsPermanent() {
		var client = clientWithPhone("Mara");
		WHATSAPP.script(client.phone(), FakeWhatsAppApi.tokenExpired());

		publish(transactions, events, notice(client.id(), "T5"));

		Alert failed = awaitAlert(alerts, client.id(), "test-moment", Channel.WHATSAPP, AlertStatus.FAILED);
		assertThat(failed.errorCode()).isEqualTo("190");
		assertThat(failed.attempts()).isEqualTo(1);
	}

	@Test
	void aClientWithoutPhoneGetsEmailOnlyEvenWhereEmailIsOff() {
		var client = signUp(new ApiClient(port), "Nora", "es", null);
		owner().put("/api/v1/admin/notifications/settings/test-moment", Map.of("email", false));

		publish(transactions, events, notice(client.id(), "T6"));

		Alert mail = awaitAlert(alerts, client.id(), "test-moment", Channel.EMAIL, AlertStatus.SENT);
		assertThat(mail.reason()).isEqualTo(AlertReason.FALLBACK);
		Alert whatsApp = alerts.byNotice(mail.noticeKey(), Channel.WHATSAPP).orElseThrow();
		assertThat(whatsApp.status()).isEqualTo(AlertStatus.SKIPPED);
		assertThat(whatsApp.reason()).isEqualTo(AlertReason.NO_RECIPIENT);
	}

	@Test
	void staffSwitchesAChannelOff() {
		var client = clientWithPhone("Omar");
		owner().put("/api/v1/admin/notifications/settings/test-moment", Map.of("whatsapp", false));

		publish(transactions, events, notice(client.id(), "T7"));

		Alert mail = awaitAlert(alerts, client.id(), "test-moment", Channel.EMAIL, AlertStatus.SENT);
		Alert whatsApp = alerts.byNotice(mail.noticeKey(), Channel.WHATSAPP).orElseThrow();
		assertThat(whatsApp.reason()).isEqualTo(AlertReason.SWITCHED_OFF);
		assertMessages(client.phone(), 0);
	}

	@Test
	void aClientOptsOutOfNonEssentialAlertsButNotOfSecurityOnes() {
		var client = clientWithPhone("Paula");
		assertThat(
				client.api().put("/api/v1/me/notification-preferences/test-moment", Map.of("enabled", false)).status())
			.isEqualTo(200);
		assertThat(client.api().get("/api/v1/me/notification-preferences").body().toString())
			.contains("{\"moment\":\"test-moment\",\"essential\":false,\"enabled\":false}")
			.contains("{\"moment\":\"password-changed\",\"essential\":true,\"enabled\":true}");

		publish(transactions, events, notice(client.id(), "T8"));
		publish(transactions, events, new TestNotice(client.id(), "test-essential", Map.of(), true, "E8"));

		awaitAlert(alerts, client.id(), "test-essential", Channel.WHATSAPP, AlertStatus.SENT);
		Alert skipped = awaitAlert(alerts, client.id(), "test-moment", Channel.WHATSAPP, AlertStatus.SKIPPED);
		assertThat(skipped.reason()).isEqualTo(AlertReason.OPTED_OUT);
		assertThat(alerts.byNotice(skipped.noticeKey(), Channel.EMAIL).orElseThrow().reason())
			.isEqualTo(AlertReason.OPTED_OUT);
	}

	@Test
	void theSameNoticeDeliveredTwiceIsOneAlertSentOnce() {
		var client = clientWithPhone("Quique");
		TestNotice notice = notice(client.id(), "T9");

		publish(transactions, events, notice);
		publish(transactions, events, notice);

		awaitAlert(alerts, client.id(), "test-moment", Channel.WHATSAPP, AlertStatus.SENT);
		awaitAlert(alerts, client.id(), "test-moment", Channel.EMAIL, AlertStatus.SENT);
		assertThat(NotificationTestSupport.alertsOf(alerts, client.id()))
			.filteredOn(a -> a.moment().equals("test-moment"))
			.hasSize(2);
		assertMessages(client.phone(), 1);
	}

	private NotificationTestSupport.Client clientWithPhone(String name) {
		var client = signUp(new ApiClient(port), name, "es", uniqueMobile());
		// The welcome goes first, so counts below are the test moment's alone.
		awaitAlert(alerts, client.id(), "client-registered", Channel.WHATSAPP, AlertStatus.SENT);
		return client;
	}

	private static TestNotice notice(long clientId, String code) {
		return new TestNotice(clientId, "test-moment", Map.of("code", code), false, code + "-" + clientId);
	}

	/**
	 * Exactly this many test-moment messages reached the API, and it stays so for a
	 * while.
	 */
	private static void assertMessages(String phone, long count) {
		await().during(Duration.ofMillis(400))
			.atMost(Duration.ofSeconds(10))
			.until(() -> WHATSAPP.acceptedFor(phone)
				.stream()
				.filter(m -> m.template().equals("estante_test"))
				.count() == count);
	}

	private ApiClient owner() {
		if (owner == null) {
			owner = new ApiClient(port).signIn(EstanteIntegrationTest.OWNER_EMAIL,
					EstanteIntegrationTest.OWNER_PASSWORD);
		}
		return owner;
	}

}
