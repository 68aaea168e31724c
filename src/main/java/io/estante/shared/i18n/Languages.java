package io.estante.shared.i18n;

import java.util.Locale;

/**
 * The languages Estante speaks, and how a request or an account's setting maps to one.
 */
public final class Languages {

	private Languages() {
	}

	/**
	 * The best supported locale for an Accept-Language header; Spanish when none fits.
	 */
	public static Locale fromAcceptLanguage(String header) {
		if (header == null || header.isBlank()) {
			return LocaleConfiguration.SPANISH;
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(header), LocaleConfiguration.SUPPORTED);
			return match != null ? match : LocaleConfiguration.SPANISH;
		}
		catch (IllegalArgumentException ex) {
			return LocaleConfiguration.SPANISH;
		}
	}

	/**
	 * The locale of an account's language code ("es", "en"); Spanish for anything else.
	 */
	public static Locale of(String code) {
		return "en".equalsIgnoreCase(code) ? Locale.ENGLISH : LocaleConfiguration.SPANISH;
	}

	public static boolean isSupported(String code) {
		return "es".equals(code) || "en".equals(code);
	}

}
