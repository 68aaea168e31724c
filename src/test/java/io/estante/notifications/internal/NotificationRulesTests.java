package io.estante.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Backoff, status moves, signatures and the {name} placeholders of the mail texts. */
class NotificationRulesTests {

	@Test
	void backoffDoublesWithJitterUpToTheCap() {
		Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5));
		for (int i = 0; i < 50; i++) {
			assertThat(backoff.after(1, null).toMillis()).isBetween(8_000L, 12_000L);
			assertThat(backoff.after(3, null).toMillis()).isBetween(32_000L, 48_000L);
			assertThat(backoff.after(40, null).toMillis()).isBetween(240_000L, 360_000L);
			assertThat(backoff.after(1, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
			assertThat(backoff.after(1, Duration.ofHours(3))).isEqualTo(Duration.ofMinutes(5));
		}
	}

	@Test
	void statusesOnlyMoveForward() {
		assertThat(AlertStatus.SENT.mayBecome(AlertStatus.DELIVERED)).isTrue();
		assertThat(AlertStatus.SENT.mayBecome(AlertStatus.READ)).isTrue();
		assertThat(AlertStatus.READ.mayBecome(AlertStatus.DELIVERED)).isFalse();
		assertThat(AlertStatus.DELIVERED.mayBecome(AlertStatus.SENT)).isFalse();
		assertThat(AlertStatus.DELIVERED.mayBecome(AlertStatus.FAILED)).isTrue();
		assertThat(AlertStatus.READ.mayBecome(AlertStatus.FAILED)).isFalse();
		assertThat(AlertStatus.FAILED.mayBecome(AlertStatus.DELIVERED)).isFalse();
		assertThat(AlertStatus.SKIPPED.mayBecome(AlertStatus.SENT)).isFalse();
	}

	@Test
	void signaturesAreTheHmacOfTheRawBody() {
		byte[] body = "{\"object\":\"whatsapp_business_account\"}".getBytes(StandardCharsets.UTF_8);
		String signature = "sha256=" + WebhookSignature.sign("s3cret", body);

		assertThat(WebhookSignature.valid("s3cret", body, signature)).isTrue();
		assertThat(WebhookSignature.valid("s3cret", body, signature.toUpperCase().replace("SHA256=", "sha256=")))
			.isTrue();
		assertThat(WebhookSignature.valid("other", body, signature)).isFalse();
		assertThat(WebhookSignature.valid("s3cret", "{}".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
		assertThat(WebhookSignature.valid("s3cret", body, signature.substring(7))).isFalse();
		assertThat(WebhookSignature.valid("s3cret", body, null)).isFalse();
		assertThat(WebhookSignature.valid(null, body, signature)).isFalse();
		assertThat(WebhookSignature.sameSecret("token", "token")).isTrue();
		assertThat(WebhookSignature.sameSecret("token", "tokens")).isFalse();
		assertThat(WebhookSignature.sameSecret(null, "")).isFalse();
	}

	@Test
	void placeholdersAreFilledWithTheAlertsValues() {
		Map<String, String> values = Map.of("firstName", "Ana", "number", "A-7");
		assertThat(MailComposer.fill("Hola {firstName}: factura {number} {missing}.", values))
			.isEqualTo("Hola Ana: factura A-7 .");
		assertThat(MailComposer.fill("Sin llaves { ni } {1}", values)).isEqualTo("Sin llaves { ni } {1}");
		assertThat(MailComposer.fill("{", values)).isEqualTo("{");
	}

	@Test
	void linksAreValuesNamedSo() {
		assertThat(AlertPlanner.isLink("link")).isTrue();
		assertThat(AlertPlanner.isLink("invoiceLink")).isTrue();
		assertThat(AlertPlanner.isLink("paymentUrl")).isTrue();
		assertThat(AlertPlanner.isLink("number")).isFalse();
	}

}
