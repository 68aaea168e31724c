package io.estante.payments;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.estante.test.ApiClient;

/**
 * Sends notifications the way each gateway does, signed with its webhook secret (or with
 * a wrong one), computed here from the gateways' documentation rather than with the
 * application's own code.
 */
public final class GatewayNotices {

	private final ApiClient anonymous;

	private final Clock clock;

	public GatewayNotices(int port, Clock clock) {
		this.anonymous = new ApiClient(port);
		this.clock = clock;
	}

	/** Mercado Pago's {@code payment.updated} for this payment id. */
	public ApiClient.Response mercadoPago(long paymentId, String secret) {
		String requestId = UUID.randomUUID().toString();
		String ts = String.valueOf(clock.millis());
		String manifest = "id:" + paymentId + ";request-id:" + requestId + ";ts:" + ts + ";";
		String body = "{\"action\":\"payment.updated\",\"api_version\":\"v1\",\"data\":{\"id\":\"" + paymentId
				+ "\"},\"date_created\":\"2026-12-07T10:00:00Z\",\"id\":" + System.nanoTime()
				+ ",\"live_mode\":false,\"type\":\"payment\",\"user_id\":\"123456\"}";
		return anonymous.postRaw("/webhooks/mercadopago?data.id=" + paymentId + "&type=payment", body,
				Map.of("Content-Type", "application/json", "x-request-id", requestId, "x-signature",
						"ts=" + ts + ",v1=" + hmac(secret, manifest)));
	}

	public ApiClient.Response mercadoPago(long paymentId) {
		return mercadoPago(paymentId, FakeMercadoPago.WEBHOOK_SECRET);
	}

	/** A Stripe event signed at this moment (seconds) with this secret. */
	public ApiClient.Response stripe(String payload, String secret, long timestamp) {
		String signature = "t=" + timestamp + ",v1=" + hmac(secret, timestamp + "." + payload);
		return anonymous.postRaw("/webhooks/stripe", payload,
				Map.of("Content-Type", "application/json", "Stripe-Signature", signature));
	}

	public ApiClient.Response stripe(String payload) {
		return stripe(payload, FakeStripe.WEBHOOK_SECRET, clock.millis() / 1000);
	}

	static String hmac(String secret, String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
