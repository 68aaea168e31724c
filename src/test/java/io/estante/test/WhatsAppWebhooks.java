package io.estante.test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds and signs webhook deliveries the way Meta sends them to
 * {@code POST /webhooks/whatsapp}: inbound messages and delivery statuses, signed with
 * {@code X-Hub-Signature-256} (HMAC-SHA256 of the raw body with the app secret).
 */
public final class WhatsAppWebhooks {

	public static final String APP_SECRET = "fake-app-secret";

	public static final String VERIFY_TOKEN = "fake-verify-token";

	private WhatsAppWebhooks() {
	}

	public static String textMessage(String messageId, String fromDigits, String profileName, String text) {
		return envelope("""
				"contacts":[{"profile":{"name":"%s"},"wa_id":"%s"}],
				"messages":[{"from":"%s","id":"%s","timestamp":"%d","type":"text","text":{"body":"%s"}}]"""
			.formatted(profileName, fromDigits, fromDigits, messageId, Instant.now().getEpochSecond(), text));
	}

	/**
	 * Like {@link #textMessage} for any text: quotes, backslashes and new lines are
	 * escaped as JSON.
	 */
	public static String anyTextMessage(String messageId, String fromDigits, String profileName, String text) {
		return textMessage(messageId, fromDigits, profileName, escape(text));
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return out.toString();
	}

	/** {@code status}: sent, delivered, read or failed (with Meta's error). */
	public static String status(String providerMessageId, String status, String recipientDigits) {
		String errors = "failed".equals(status)
				? ",\"errors\":[{\"code\":131026,\"title\":\"Message undeliverable\",\"message\":\"Message undeliverable\",\"error_data\":{\"details\":\"Receiver is incapable of receiving this message\"}}]"
				: "";
		return envelope("""
				"statuses":[{"id":"%s","status":"%s","timestamp":"%d","recipient_id":"%s"%s}]"""
			.formatted(providerMessageId, status, Instant.now().getEpochSecond(), recipientDigits, errors));
	}

	public static Map<String, String> signed(String body) {
		return Map.of("X-Hub-Signature-256", "sha256=" + sign(APP_SECRET, body), "Content-Type", "application/json");
	}

	public static String sign(String secret, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String envelope(String value) {
		return """
				{"object":"whatsapp_business_account","entry":[{"id":"WABA_ID","changes":[{"field":"messages",
				"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"5491100000000",
				"phone_number_id":"%s"},%s}}]}]}""".formatted(FakeWhatsAppApi.PHONE_NUMBER_ID, value);
	}

}
