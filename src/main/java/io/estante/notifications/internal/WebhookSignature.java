package io.estante.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Meta's {@code X-Hub-Signature-256}: {@code sha256=} and the hex HMAC-SHA256 of the raw
 * body keyed with the app secret, compared in constant time.
 */
public final class WebhookSignature {

	private WebhookSignature() {
	}

	public static boolean valid(String appSecret, byte[] body, String header) {
		if (appSecret == null || appSecret.isBlank() || header == null || body == null) {
			return false;
		}
		String given = header.trim();
		if (!given.regionMatches(true, 0, "sha256=", 0, 7)) {
			return false;
		}
		byte[] expected = sign(appSecret, body).getBytes(StandardCharsets.US_ASCII);
		byte[] actual = given.substring(7).toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, actual);
	}

	/** The hex HMAC-SHA256 of the body (what Meta puts after {@code sha256=}). */
	public static String sign(String appSecret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Constant-time comparison of two secrets (the handshake's verify token). */
	public static boolean sameSecret(String expected, String given) {
		if (expected == null || expected.isBlank() || given == null) {
			return false;
		}
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
	}

}
