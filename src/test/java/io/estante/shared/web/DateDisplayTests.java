package io.estante.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Dates on the pages: the reader's language, the company's zone, a dash when missing. */
class DateDisplayTests {

	// 02:30 UTC on 1 March is still 28 February, 23:30, in Buenos Aires (UTC-3)
	static final Instant LATE_EVENING = Instant.parse("2027-03-01T02:30:45Z");

	final DateDisplay dates = new DateDisplay(Clock.fixed(Instant.EPOCH, ZoneId.of("America/Argentina/Buenos_Aires")));

	@AfterEach
	void forgetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void spanishReadsDayMonthYear() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
		assertThat(dates.day(LocalDate.of(2027, 3, 1))).isEqualTo("01/03/2027");
		assertThat(dates.day(LATE_EVENING)).isEqualTo("28/02/2027");
		assertThat(dates.time(LATE_EVENING)).isEqualTo("28/02/2027 23:30");
		assertThat(dates.seconds(LATE_EVENING)).isEqualTo("28/02/2027 23:30:45");
	}

	@Test
	void englishReadsTheMonthsName() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(dates.day(LocalDate.of(2027, 3, 1))).isEqualTo("Mar 1, 2027");
		assertThat(dates.day(LATE_EVENING)).isEqualTo("Feb 28, 2027");
		assertThat(dates.time(LATE_EVENING)).isEqualTo("Feb 28, 2027 23:30");
		assertThat(dates.seconds(LATE_EVENING)).isEqualTo("Feb 28, 2027 23:30:45");
	}

	@Test
	void anyOtherLanguageGetsTheSpanishDefault() {
		LocaleContextHolder.setLocale(Locale.GERMAN);
		assertThat(dates.day(LocalDate.of(2027, 12, 31))).isEqualTo("31/12/2027");
	}

	@Test
	void aRefusalsDatesBecomeReadableAndItsOtherArgumentsStay() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(dates.arguments(new Object[] { "A-0001", LocalDate.of(2027, 5, 10), LATE_EVENING, 3 }))
			.containsExactly("A-0001", "May 10, 2027", "Feb 28, 2027 23:30", 3);
		assertThat(dates.arguments(null)).isNull();
	}

	@Test
	void aMissingDateIsADash() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(dates.day((LocalDate) null)).isEqualTo("—");
		assertThat(dates.day((Instant) null)).isEqualTo("—");
		assertThat(dates.time(null)).isEqualTo("—");
		assertThat(dates.seconds(null)).isEqualTo("—");
	}

}
