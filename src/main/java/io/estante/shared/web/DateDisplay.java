package io.estante.shared.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.estante.shared.time.DateFormats;

/**
 * Dates as the pages show them ({@code ${@dates.day(invoice.dueDate)}}): in the reader's
 * language ({@link DateFormats}) and, for instants, in the company's zone (the clock's).
 * A missing date reads "—", as the pages always showed it.
 */
@Component("dates")
public class DateDisplay {

	static final String NONE = "—";

	private final Clock clock;

	DateDisplay(Clock clock) {
		this.clock = clock;
	}

	public String day(LocalDate date) {
		return date == null ? NONE : DateFormats.day(locale()).format(date);
	}

	/**
	 * The company's day of an instant (a payment at 01:00 UTC is the previous evening
	 * here).
	 */
	public String day(Instant instant) {
		return format(instant, DateFormats.day(locale()));
	}

	public String time(Instant instant) {
		return format(instant, DateFormats.time(locale()));
	}

	public String seconds(Instant instant) {
		return format(instant, DateFormats.seconds(locale()));
	}

	/**
	 * A refusal's message arguments with its dates readable; the API words the same
	 * refusal with ISO dates.
	 */
	public Object[] arguments(Object[] arguments) {
		if (arguments == null) {
			return null;
		}
		Object[] readable = arguments.clone();
		for (int i = 0; i < readable.length; i++) {
			if (readable[i] instanceof LocalDate date) {
				readable[i] = day(date);
			}
			else if (readable[i] instanceof Instant instant) {
				readable[i] = time(instant);
			}
		}
		return readable;
	}

	private String format(Instant instant, DateTimeFormatter formatter) {
		return instant == null ? NONE : formatter.format(instant.atZone(clock.getZone()));
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
