package io.estante.notifications.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.estante.notifications.internal.MomentCatalog;
import io.estante.shared.BusinessException;
import io.estante.shared.security.CurrentUser;

/**
 * A client's choice of alerts ({@code /api/v1/me/notification-preferences}): each
 * non-essential moment can be turned off; essential ones (security) cannot.
 */
@RestController
@RequestMapping("/api/v1/me/notification-preferences")
class NotificationPreferencesApi {

	private final MomentCatalog moments;

	NotificationPreferencesApi(MomentCatalog moments) {
		this.moments = moments;
	}

	record Preference(String moment, boolean essential, boolean enabled) {
	}

	record Choice(Boolean enabled) {
	}

	@GetMapping
	List<Preference> preferences(CurrentUser me) {
		requireClient(me);
		return moments.names()
			.stream()
			.map(moments::one)
			.map(m -> new Preference(m.moment(), m.essential(), moments.receives(me.id(), m.moment())))
			.toList();
	}

	@PutMapping("/{moment}")
	Preference choose(@PathVariable String moment, @RequestBody Choice choice, CurrentUser me) {
		requireClient(me);
		if (choice.enabled() == null) {
			throw new BusinessException(HttpStatus.BAD_REQUEST, "notifications.choice.required");
		}
		moments.choose(me.id(), moment, choice.enabled());
		return new Preference(moment, moments.one(moment).essential(), moments.receives(me.id(), moment));
	}

	private static void requireClient(CurrentUser me) {
		if (me == null || !me.isClient()) {
			throw new BusinessException(HttpStatus.FORBIDDEN, "error.clients-only");
		}
	}

}
