package io.estante.services.internal;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Domain names as services store them: lower case, internationalised names in their ASCII
 * (punycode) form, at least two labels.
 */
final class DomainNames {

	private static final Pattern NAME = Pattern
		.compile("^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])$");

	private DomainNames() {
	}

	/** The normalised name, or {@code null} when {@code text} is not a domain name. */
	static String normalise(String text) {
		if (text == null) {
			return null;
		}
		String trimmed = text.strip().toLowerCase(Locale.ROOT);
		if (trimmed.endsWith(".")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		try {
			String ascii = IDN.toASCII(trimmed, IDN.USE_STD3_ASCII_RULES);
			return NAME.matcher(ascii).matches() ? ascii : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
