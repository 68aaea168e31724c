package io.estante.notifications;

import static io.estante.notifications.NotificationTestSupport.awaitAlert;
import static io.estante.notifications.NotificationTestSupport.publish;
import static io.estante.notifications.NotificationTestSupport.signUp;
import static io.estante.notifications.NotificationTestSupport.uniqueMobile;
import static io.estante.notifications.NotificationsTestSetup.WHATSAPP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import io.estante.billing.InvoiceCancelled;
import io.estante.billing.InvoiceCreated;
import io.estante.billing.InvoicePaid;
import io.estante.clients.PasswordResetRequested;
import io.estante.notifications.internal.Alert;
import io.estante.notifications.internal.AlertReason;
import io.estante.notifications.internal.AlertStatus;
import io.estante.notifications.internal.Alerts;
import io.estante.notifications.internal.Channel;
import io.estante.services.ServiceCancelled;
import io.estante.services.ServiceReactivated;
import io.estante.services.ServiceSuspended;
import io.estante.services.ServiceTerminated;
import io.estante.shared.Money;
import io.estante.test.ApiClient;
import io.estante.test.FakeWhatsAppApi;

/**
 * Each moment yields its template, parameters and e-mail in the client's language.
 * Sign-up, password change and detail edits go through the real API; the billing and
 * services moments (their flows are not on main yet) and the later moments are published
 * as the events those modules publish.
 */
@NotificationsIntegrationTest
class AlertMomentsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Alerts alerts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void signUpWelcomesInSpanishOnWhatsAppAndByEmail() {
		String phone = uniqueMobile();
		var client = signUp(new ApiClient(port), "Ana", "es", phone);

		FakeWhatsAppApi.Message message = onlyMessageTo(phone, "estante_welcome");
		assertThat(message.language()).isEqualTo("es");
		assertThat(message.parameters()).containsExactly("Ana", "https://panel.estante.test/client/account");
		assertThat(message.callback()).startsWith("alert:");

		Mailbox.Mail mail = onlyMailTo(client.email());
		assertThat(mail.subject()).isEqualTo("Te damos la bienvenida, Ana");
		assertThat(mail.text()).contains("Hola Ana: tu cuenta ya está creada.")
			.contains("https://panel.estante.test/client/account");
		assertThat(mail.html()).contains("Hola Ana: tu cuenta ya está creada.").contains("lang=\"es\"");
	}

	@Test
	void signUpWelcomesInEnglish() {
		String phone = uniqueMobile();
		var client = signUp(new ApiClient(port), "Ann", "en", phone);

		FakeWhatsAppApi.Message message = onlyMessageTo(phone, "estante_welcome");
		assertThat(message.language()).isEqualTo("en");
		assertThat(onlyMailTo(client.email()).subject()).isEqualTo("Welcome, Ann");
	}

	@Test
	void passwordChangeIsAnEssentialSecurityAlert() {
		String phone = uniqueMobile();
		var client = signUp(new ApiClient(port), "Bruno", "es", phone);
		assertThat(client.api()
			.put("/api/v1/me/notification-preferences/password-changed", Map.of("enabled", false))
			.status()).isEqualTo(422);

		assertThat(client.api()
			.post("/api/v1/me/password",
					Map.of("currentPassword", client.password(), "newPassword", "another-long-secret-77"))
			.status()).isEqualTo(204);

		FakeWhatsAppApi.Message message = onlyMessageTo(phone, "estante_password_changed");
		assertThat(message.parameters()).hasSize(3);
		assertThat(message.parameters().get(0)).isEqualTo("Bruno");
		assertThat(message.parameters().get(1)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
		Alert alert = awaitAlert(alerts, client.id(), "password-changed", Channel.EMAIL, AlertStatus.SENT);
		assertThat(alert.essential()).isTrue();
		assertThat(mailsTo(client.email(), "Tu contraseña cambió")).hasSize(1);
	}

	@Test
	void editingDetailsNamesTheFieldsInTheClientsLanguage() {
		String phone = uniqueMobile();
		var client = signUp(new ApiClient(port), "Carla", "en", phone);
		String newPhone = uniqueMobile();

		assertThat(client.api().patch("/api/v1/me", Map.of("phone", newPhone, "password", client.password())).status())
			.isEqualTo(200);

		FakeWhatsAppApi.Message message = onlyMessageTo(newPhone, "estante_details_changed");
		assertThat(message.language()).isEqualTo("en");
		assertThat(message.parameters()).containsExactly("Carla", "phone", "https://panel.estante.test/client/account");
		assertThat(mailsTo(client.email(), "Your details were updated")).hasSize(1);
	}

	@Test
	void invoiceMomentsCarryNumberAmountDateAndLink() {
		String phone = uniqueMobile();
		var client = signUp(new ApiClient(port), "Dario", "es", phone);
		Money total = Money.of("1234.50", "ARS");

		publish(transactions, events,
				new InvoiceCreated(77, client.id(), "A-0001-00000077", total, LocalDate.of(2027, 3, 1)));
		assertThat(onlyMessageTo(phone, "estante_invoice_created").parameters()).containsExactly("Dario",
				"A-0001-00000077", "1.234,50 ARS", "01/03/2027", "https://panel.estante.test/client/invoices/77");
		Mailbox.Mail created = mailsTo(client.email(), "Factura A-0001-00000077 por 1.234,50 ARS").getFirst();
		assertThat(created.html()).contains("href=\"https://panel.estante.test/client/invoices/77\"")
			.contains("Ver y pagar la factura");

		publish(transactions, events,
				new InvoicePaid(77, client.id(), "A-0001-00000077", total, Instant.now(), List.of()));
		assertThat(onlyMessageTo(phone, "estante_invoice_paid").parameters()).containsExactly("Dario",
				"A-0001-00000077", "1.234,50 ARS", "https://panel.estante.test/client/invoices/77");

		publish(transactions, events, new InvoiceCancelled(78, client.id(), "A-0001-00000078", "expired", List.of()));
		assertThat(onlyMessageTo(phone, "estante_invoice_cancelled").parameters()).containsExactly("Dario",
				"A-0001-00000078", "venció sin pago", "https://panel.estante.test/client/account");
	}

	@Test
	void serviceMomentsNameTheServiceAndReason() {
		String phone = uniqueMobile();
		var client = signUp(new ApiClient(port), "Elena", "en", phone);

		publish(transactions, events, new ServiceSuspended(5, client.id(), "Hosting elena.com.ar", "non-payment"));
		assertThat(onlyMessageTo(phone, "estante_service_suspended").parameters()).containsExactly("Elena",
				"Hosting elena.com.ar", "non-payment", "https://panel.estante.test/client/account");
		publish(transactions, events, new ServiceReactivated(5, client.id(), "Hosting elena.com.ar"));
		assertThat(onlyMessageTo(phone, "estante_service_reactivated").parameters()).containsExactly("Elena",
				"Hosting elena.com.ar", "https://panel.estante.test/client/account");
		publish(transactions, events, new ServiceCancelled(6, client.id(), "Radio 128k", "requested"));
		assertThat(onlyMessageTo(phone, "estante_service_cancelled").language()).isEqualTo("en");
		publish(transactions, events, new ServiceTerminated(5, client.id(), "Hosting elena.com.ar", "non-payment"));
		assertThat(onlyMessageTo(phone, "estante_service_terminated").parameters().get(1))
			.isEqualTo("Hosting elena.com.ar");
		assertThat(mailsTo(client.email(), "Hosting elena.com.ar was suspended")).hasSize(1);
	}

	@Test
	void aSecondSuspensionOfTheSameServiceIsToldAgain() {
		String phone = uniqueMobile();
		var client = signUp(new ApiClient(port), "Fabio", "es", phone);

		publish(transactions, events, new ServiceSuspended(9, client.id(), "VPS", "overdue"));
		await().until(() -> WHATSAPP.acceptedFor(phone)
			.stream()
			.filter(m -> m.template().equals("estante_service_suspended"))
			.count() == 1);
		publish(transactions, events, new ServiceSuspended(9, client.id(), "VPS", "overdue"));
		await().until(() -> WHATSAPP.acceptedFor(phone)
			.stream()
			.filter(m -> m.template().equals("estante_service_suspended"))
			.count() == 2);
	}

	@Test
	void laterMomentsHaveTheirTemplatesAlready() {
		String phone = uniqueMobile();
		var client = signUp(new ApiClient(port), "Gala", "es", phone);

		publish(transactions, events, TestNotice.of(client.id(), "quote-available", Map.of("number", "P-12", "total",
				Money.of("900", "USD"), "validUntil", LocalDate.of(2027, 1, 31), "link", "/client/quotes/12")));
		assertThat(onlyMessageTo(phone, "estante_quote_available").parameters()).containsExactly("Gala", "P-12",
				"900,00 USD", "31/01/2027", "https://panel.estante.test/client/quotes/12");
		publish(transactions, events, TestNotice.of(client.id(), "domain-deleted", Map.of("domain", "gala.com.ar")));
		assertThat(onlyMessageTo(phone, "estante_domain_deleted").parameters()).containsExactly("Gala", "gala.com.ar",
				"https://panel.estante.test/client/account");
		publish(transactions, events, TestNotice.of(client.id(), "service-transferred",
				Map.of("service", "Radio", "counterpart", "Hugo Tester")));
		assertThat(onlyMessageTo(phone, "estante_service_transferred").parameters()).containsExactly("Gala", "Radio",
				"Hugo Tester", "https://panel.estante.test/client/account");
		publish(transactions, events,
				TestNotice.of(client.id(), "upgrade-applied", Map.of("service", "Hosting", "plan", "Pro")));
		assertThat(onlyMessageTo(phone, "estante_upgrade_applied").parameters()).containsExactly("Gala", "Hosting",
				"Pro", "https://panel.estante.test/client/account");
		assertThat(mailsTo(client.email(), "Hosting ya tiene el plan Pro")).hasSize(1);
	}

	@Test
	void passwordResetIsEmailOnlyWithItsLinkAndTheLinkLeavesNoTraceInTheLog() {
		String phone = uniqueMobile();
		var client = signUp(new ApiClient(port), "Hugo", "es", phone);

		publish(transactions, events, new PasswordResetRequested(client.id(), client.email(), "es", "tok-123-secret",
				Instant.now().plus(Duration.ofHours(1))));

		Mailbox.Mail mail = mailsTo(client.email(), "Restablecé tu contraseña").getFirst();
		assertThat(mail.text()).contains("https://panel.estante.test/password-reset/tok-123-secret");
		Alert sent = awaitAlert(alerts, client.id(), "password-reset-requested", Channel.EMAIL, AlertStatus.SENT);
		assertThat(sent.values().get("link")).isEqualTo("[redacted]");
		Alert whatsApp = alerts.byNotice(sent.noticeKey(), Channel.WHATSAPP).orElseThrow();
		assertThat(whatsApp.status()).isEqualTo(AlertStatus.SKIPPED);
		assertThat(whatsApp.reason()).isEqualTo(AlertReason.NO_TEMPLATE);
		assertThat(whatsApp.values().get("link")).isEqualTo("[redacted]");
	}

	private static FakeWhatsAppApi.Message onlyMessageTo(String phone, String template) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> WHATSAPP.acceptedFor(phone).stream().anyMatch(m -> m.template().equals(template)));
		List<FakeWhatsAppApi.Message> messages = WHATSAPP.acceptedFor(phone)
			.stream()
			.filter(m -> m.template().equals(template))
			.toList();
		assertThat(messages).hasSize(1);
		return messages.getFirst();
	}

	private static Mailbox.Mail onlyMailTo(String email) {
		await().atMost(Duration.ofSeconds(20)).until(() -> !Mailbox.to(email).isEmpty());
		assertThat(Mailbox.to(email)).hasSize(1);
		return Mailbox.to(email).getFirst();
	}

	static List<Mailbox.Mail> mailsTo(String email, String subject) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> Mailbox.to(email).stream().anyMatch(m -> m.subject().equals(subject)));
		return Mailbox.to(email).stream().filter(m -> m.subject().equals(subject)).toList();
	}

}
