package io.estante.notifications.internal;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import io.estante.shared.Money;
import io.estante.shared.time.DateFormats;

/**
 * Writes a notice's values as the client reads them: money, dates and instants in its
 * language (instants in the company's zone; dates as the pages show them, from
 * {@link DateFormats}), codes ("phone", "overdue") through the
 * {@code notifications.value.*} messages, lists joined.
 */
@Component
public class ValueFormatter {

	private final MessageSource messages;

	private final ZoneId zone;

	ValueFormatter(MessageSource messages, Environment environment) {
		this.messages = messages;
		this.zone = ZoneId.of(environment.getProperty("estante.time-zone", "America/Argentina/Buenos_Aires"));
	}

	public String format(Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		if (value instanceof Money money) {
			NumberFormat number = NumberFormat.getNumberInstance(english(locale) ? Locale.US : Locale.of("es", "AR"));
			number.setMinimumFractionDigits(money.amount().scale());
			number.setMaximumFractionDigits(money.amount().scale());
			return number.format(money.amount()) + " " + money.currencyCode();
		}
		if (value instanceof LocalDate date) {
			return DateFormats.day(locale).format(date);
		}
		if (value instanceof Instant instant) {
			return dateTime(instant.atZone(zone), locale);
		}
		if (value instanceof OffsetDateTime time) {
			return dateTime(time.atZoneSameInstant(zone), locale);
		}
		if (value instanceof ZonedDateTime time) {
			return dateTime(time.withZoneSameInstant(zone), locale);
		}
		if (value instanceof Collection<?> items) {
			return items.stream().map(item -> format(item, locale)).collect(Collectors.joining(", "));
		}
		if (value instanceof Boolean flag) {
			return messages.getMessage("notifications.value." + flag, null, flag.toString(), locale);
		}
		if (value instanceof Enum<?> constant) {
			return code(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'), locale);
		}
		return code(value.toString(), locale);
	}

	/**
	 * A code ("non-payment"), or a code and a note ("staff-decision: asked by phone").
	 */
	private String code(String text, Locale locale) {
		java.util.regex.Matcher matcher = CODE.matcher(text);
		if (!matcher.matches()) {
			return text;
		}
		String code = matcher.group(1);
		String name = messages.getMessage("notifications.value." + code, null, code, locale);
		return matcher.group(2) == null ? name : name + ": " + matcher.group(2);
	}

	private static final java.util.regex.Pattern CODE = java.util.regex.Pattern
		.compile("([a-z0-9]+(?:-[a-z0-9]+)*)(?::\\s*(.+))?", java.util.regex.Pattern.DOTALL);

	private static String dateTime(TemporalAccessor time, Locale locale) {
		return DateFormats.time(locale).format(time);
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

}
