package io.estante.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The Cloud API's answers sorted into sent, retry later and permanent failure; the
 * payload.
 */
class WhatsAppSenderTests {

	final WhatsAppProperties whatsApp = new WhatsAppProperties("http://127.0.0.1:1/v23.0/", "123", "token", null, null,
			80, Duration.ofSeconds(1), Duration.ofSeconds(1), Map.of("es", "es_AR"));

	final NotificationProperties notifications = new NotificationProperties(true, Duration.ofSeconds(1), 20,
			Duration.ofMinutes(2), new NotificationProperties.Retry(Duration.ofSeconds(1), Duration.ofMinutes(1), 5),
			Duration.ofMinutes(5), Map.of("invoice-created", new NotificationProperties.Moment("estante_invoice",
					List.of("firstName", "number", "missing"), "invoiceId", false, List.of())));

	final WhatsAppSender sender = new WhatsAppSender(whatsApp, notifications, JsonMapper.builder().build());

	@Test
	void anAcceptedMessageIsSentWithItsId() {
		assertThat(sender.interpret(200, "{\"messages\":[{\"id\":\"wamid.X\"}]}", null))
			.isEqualTo(new SendResult.Sent("wamid.X"));
		assertThat(sender.interpret(200, "{}", null)).isInstanceOf(SendResult.Retry.class);
	}

	@Test
	void throttlingAndServerErrorsAreRetried() {
		assertThat(sender.interpret(429, error(130429, "Rate limit hit"), "7"))
			.isEqualTo(new SendResult.Retry("130429", "Rate limit hit", Duration.ofSeconds(7)));
		assertThat(sender.interpret(400, error(131056, "Pair rate limit"), null)).isInstanceOf(SendResult.Retry.class);
		assertThat(sender.interpret(400, error(80007, "WABA rate limit"), null)).isInstanceOf(SendResult.Retry.class);
		assertThat(sender.interpret(500, error(131000, "Something went wrong"), null))
			.isInstanceOf(SendResult.Retry.class);
		assertThat(sender.interpret(503, "<html>down</html>", null))
			.isEqualTo(new SendResult.Retry("http-503", "HTTP 503", null));
	}

	@Test
	void everythingElseIsPermanentWithMetasCodeAndMessage() {
		assertThat(sender.interpret(400, error(131026, "Message undeliverable"), null))
			.isEqualTo(new SendResult.Permanent("131026", "Message undeliverable"));
		assertThat(sender.interpret(404, error(132001, "Template name does not exist"), null))
			.isInstanceOf(SendResult.Permanent.class);
		assertThat(sender.interpret(401, error(190, "Session has expired"), null))
			.isEqualTo(new SendResult.Permanent("190", "Session has expired"));
	}

	@Test
	void theDetailsJoinTheMessage() {
		String body = "{\"error\":{\"message\":\"(#100) Invalid parameter\",\"code\":100,"
				+ "\"error_data\":{\"details\":\"Parameter 'to' is invalid\"}}}";
		assertThat(sender.interpret(400, body, null))
			.isEqualTo(new SendResult.Permanent("100", "(#100) Invalid parameter: Parameter 'to' is invalid"));
	}

	@Test
	void thePayloadIsATemplateMessageInTheClientsLanguage() {
		Alert alert = new Alert(41, "k", 7, "invoice-created", Channel.WHATSAPP, false, "es", "+5491155551234",
				"estante_invoice", Map.of("firstName", "Ana", "number", "A-1\nB", "invoiceId", "77"),
				AlertStatus.SENDING, null, 1, Instant.EPOCH, "t", null, null, null, Instant.EPOCH, null, null, null,
				null);

		String json = sender.payload(alert).toString();

		assertThat(json).contains("\"to\":\"5491155551234\"")
			.contains("\"biz_opaque_callback_data\":\"alert:41\"")
			.contains("\"name\":\"estante_invoice\"")
			.contains("\"language\":{\"code\":\"es_AR\"}")
			.contains("{\"type\":\"text\",\"text\":\"Ana\"},{\"type\":\"text\",\"text\":\"A-1 B\"},"
					+ "{\"type\":\"text\",\"text\":\"-\"}")
			.contains("\"sub_type\":\"url\"")
			.contains("{\"type\":\"text\",\"text\":\"77\"}");
		assertThat(whatsApp.messagesUrl()).isEqualTo("http://127.0.0.1:1/v23.0/123/messages");
	}

	@Test
	void parametersHoldNoNewLinesTabsOrLongRunsOfSpaces() {
		assertThat(WhatsAppSender.parameterText("a\tb\r\nc      d")).isEqualTo("a b c   d");
		assertThat(WhatsAppSender.parameterText("  ")).isEqualTo("-");
	}

	private static String error(int code, String message) {
		return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code + "}}";
	}

}
