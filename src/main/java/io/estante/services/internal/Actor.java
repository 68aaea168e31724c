package io.estante.services.internal;

import io.estante.shared.security.CurrentUser;
import io.estante.shared.security.CurrentUsers;

/**
 * Who made a change: the signed-in client or staff member, or the system (the daily run,
 * a payment arriving).
 */
public record Actor(String kind, Long id, String name) {

	public static final Actor AUTOMATION = new Actor("SYSTEM", null, "automation");

	public static final Actor SYSTEM = new Actor("SYSTEM", null, "system");

	/** The signed-in user of this thread, or {@link #SYSTEM}. */
	public static Actor current() {
		return CurrentUsers.current().map(Actor::of).orElse(SYSTEM);
	}

	public static Actor of(CurrentUser user) {
		return new Actor(user.kind().name(), user.id(), user.email());
	}

}
