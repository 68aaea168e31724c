package io.estante.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests can move ("days pass"). Follows the system clock until set;
 * {@link #reset()} goes back to following it. Zone: the application's billing zone.
 */
public class MutableClock extends Clock {

	private final ZoneId zone;

	private final AtomicReference<Instant> fixed = new AtomicReference<>();

	public MutableClock(ZoneId zone) {
		this.zone = zone;
	}

	public void set(Instant instant) {
		fixed.set(instant);
	}

	/** Noon of that day in the billing zone. */
	public void set(LocalDate date) {
		fixed.set(date.atTime(12, 0).atZone(zone).toInstant());
	}

	public void advance(Duration duration) {
		fixed.set(instant().plus(duration));
	}

	public void addDays(int days) {
		advance(Duration.ofDays(days));
	}

	public LocalDate today() {
		return LocalDate.ofInstant(instant(), zone);
	}

	public void reset() {
		fixed.set(null);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	@Override
	public Instant instant() {
		Instant instant = fixed.get();
		return instant != null ? instant : Clock.systemUTC().instant();
	}

}
