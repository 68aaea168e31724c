package io.estante.transfers.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.Locale;

import io.estante.clients.ClientContact;

/**
 * The request's text and how a received text is compared with it: exactly, forgiving only
 * white space around it and Unicode normalisation (the same letters composed or
 * decomposed are the same text). A "near miss" names the service and both e-mails but
 * differs: its sender is told why it did not count.
 */
public final class TransferText {

	private static final String ES = "Solicito transferir el servicio {0} (n.º {1,number,#}) de {2} ({3}) a {4} ({5}). "
			+ "Solicitud T-{6,number,#}.";

	private static final String EN = "I request the transfer of the service {0} (no. {1,number,#}) from {2} ({3}) to "
			+ "{4} ({5}). Request T-{6,number,#}.";

	private TransferText() {
	}

	/** The text both clients send, in the origin's language. */
	public static String compose(long transferId, long serviceId, String label, ClientContact origin,
			ClientContact destination) {
		String pattern = "en".equals(origin.language()) ? EN : ES;
		String text = new MessageFormat(pattern, Locale.ROOT).format(new Object[] { label, serviceId, origin.fullName(),
				origin.email(), destination.fullName(), destination.email(), transferId });
		return normalise(text);
	}

	/** Surrounding white space dropped, NFC; null stays null. */
	public static String normalise(String text) {
		return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
	}

	public static boolean matches(String expected, String received) {
		return received != null && normalise(expected).equals(normalise(received));
	}

	/**
	 * Not the text, but clearly meant as it: it names the service and both e-mails
	 * (letter case ignored).
	 */
	public static boolean nearMiss(String received, String label, String originEmail, String destinationEmail) {
		if (received == null) {
			return false;
		}
		String text = normalise(received).toLowerCase(Locale.ROOT);
		return text.contains(normalise(label).toLowerCase(Locale.ROOT))
				&& text.contains(originEmail.toLowerCase(Locale.ROOT))
				&& text.contains(destinationEmail.toLowerCase(Locale.ROOT));
	}

	/** The 1-based position of the first character that differs (after normalising). */
	public static int firstDifference(String expected, String received) {
		String a = normalise(expected);
		String b = normalise(received == null ? "" : received);
		int n = Math.min(a.length(), b.length());
		for (int i = 0; i < n; i++) {
			if (a.charAt(i) != b.charAt(i)) {
				return i + 1;
			}
		}
		return n + 1;
	}

	/** {@code https://wa.me/<number>?text=…}, or null without a company number. */
	public static String whatsAppLink(String companyNumber, String message) {
		String digits = companyNumber == null ? "" : companyNumber.replaceAll("\\D", "");
		if (digits.isEmpty()) {
			return null;
		}
		return "https://wa.me/" + digits + "?text="
				+ URLEncoder.encode(message, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
