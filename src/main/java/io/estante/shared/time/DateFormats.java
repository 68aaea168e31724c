package io.estante.shared.time;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a date reads to a person, in one place so the pages and the alerts agree: Spanish
 * (the default) {@code 01/03/2027} and {@code 01/03/2027 14:05}, English
 * {@code Mar 1, 2027} and {@code Mar 1, 2027 14:05}. Machines (the API, form inputs,
 * links) keep ISO.
 */
public final class DateFormats {

	private static final DateTimeFormatter SPANISH_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter SPANISH_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter SPANISH_SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

	private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm",
			Locale.ENGLISH);

	private static final DateTimeFormatter ENGLISH_SECONDS = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm:ss",
			Locale.ENGLISH);

	private DateFormats() {
	}

	/** A day: a billing date, or the day of an instant. */
	public static DateTimeFormatter day(Locale locale) {
		return english(locale) ? ENGLISH_DAY : SPANISH_DAY;
	}

	/** A moment to the minute. */
	public static DateTimeFormatter time(Locale locale) {
		return english(locale) ? ENGLISH_TIME : SPANISH_TIME;
	}

	/** A moment to the second, for logs where order within a minute matters. */
	public static DateTimeFormatter seconds(Locale locale) {
		return english(locale) ? ENGLISH_SECONDS : SPANISH_SECONDS;
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

}
