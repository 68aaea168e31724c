package io.estante.clients.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form names are searched in: lower case, no accents, single spaces. "Pérez" and
 * "perez" share a key, so staff find a client however they type the name.
 */
public final class SearchKeys {

	private SearchKeys() {
	}

	public static String of(String text) {
		if (text == null) {
			return "";
		}
		String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return stripped.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
	}

	static String name(String firstName, String lastName) {
		return limit(of(firstName) + " " + of(lastName), 201);
	}

	static String lastName(String lastName) {
		return limit(of(lastName), 100);
	}

	private static String limit(String key, int max) {
		return key.length() <= max ? key : key.substring(0, max);
	}

}
