package io.estante.payments.internal.mercadopago;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mercado Pago's {@code x-signature} header: {@code ts=<seconds>,v1=<hex>}, where v1 is
 * the HMAC-SHA256, keyed with the webhook secret, of the manifest
 * {@code id:<data.id>;request-id:<x-request-id>;ts:<ts>;} (a part whose value is absent
 * is left out, and an alphanumeric data id is lower-cased, as Mercado Pago documents).
 * Compared in constant time.
 */
public final class MercadoPagoSignature {

	private MercadoPagoSignature() {
	}

	public static boolean valid(String secret, String header, String requestId, String dataId) {
		if (secret == null || secret.isBlank() || header == null) {
			return false;
		}
		String ts = null;
		String v1 = null;
		for (String part : header.split(",")) {
			String[] pair = part.trim().split("=", 2);
			if (pair.length == 2 && pair[0].trim().equals("ts")) {
				ts = pair[1].trim();
			}
			else if (pair.length == 2 && pair[0].trim().equals("v1")) {
				v1 = pair[1].trim();
			}
		}
		if (ts == null || ts.isEmpty() || v1 == null || v1.isEmpty()) {
			return false;
		}
		byte[] expected = sign(secret, manifest(dataId, requestId, ts)).getBytes(StandardCharsets.US_ASCII);
		byte[] given = v1.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given);
	}

	public static String manifest(String dataId, String requestId, String ts) {
		StringBuilder manifest = new StringBuilder();
		if (dataId != null && !dataId.isBlank()) {
			String id = dataId.strip();
			manifest.append("id:").append(id.matches("[A-Za-z0-9]+") ? id.toLowerCase(Locale.ROOT) : id).append(';');
		}
		if (requestId != null && !requestId.isBlank()) {
			manifest.append("request-id:").append(requestId.strip()).append(';');
		}
		return manifest.append("ts:").append(ts).append(';').toString();
	}

	/** Hex HMAC-SHA256 of the manifest with the secret. */
	public static String sign(String secret, String manifest) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(manifest.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
