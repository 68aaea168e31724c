package io.estante.notifications.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.estante.notifications.internal.Alert;
import io.estante.notifications.internal.AlertFilter;
import io.estante.notifications.internal.AlertStatus;
import io.estante.notifications.internal.Alerts;
import io.estante.notifications.internal.Channel;
import io.estante.notifications.internal.MomentCatalog;
import io.estante.notifications.internal.NotificationProperties;
import io.estante.shared.BusinessException;
import io.estante.shared.security.CurrentUser;

/**
 * Staff: the alert log ({@code GET /api/v1/admin/notifications}, newest first, filtered
 * by client, moment, channel or status, paged with {@code before}) and the per-moment
 * channel switches.
 */
@RestController
@RequestMapping("/api/v1/admin/notifications")
class NotificationAdminApi {

	private final Alerts alerts;

	private final MomentCatalog moments;

	private final NotificationProperties properties;

	NotificationAdminApi(Alerts alerts, MomentCatalog moments, NotificationProperties properties) {
		this.alerts = alerts;
		this.moments = moments;
		this.properties = properties;
	}

	record AlertView(long id, long clientId, String event, String channel, String status, String reason,
			boolean essential, int attempts, String recipient, String template, Map<String, String> values,
			String providerMessageId, String errorCode, String errorMessage, Instant createdAt, Instant sentAt,
			Instant deliveredAt, Instant readAt, Instant failedAt) {

		static AlertView of(Alert a, List<String> secret) {
			Map<String, String> values = new java.util.LinkedHashMap<>(a.values());
			secret.forEach(name -> values.computeIfPresent(name, (k, v) -> "[redacted]"));
			return new AlertView(a.id(), a.clientId(), a.moment(), a.channel().name(), a.status().name(),
					a.reason() == null ? null : a.reason().code(), a.essential(), a.attempts(), a.recipient(),
					a.template(), values, a.providerMessageId(), a.errorCode(), a.errorMessage(), a.createdAt(),
					a.sentAt(), a.deliveredAt(), a.readAt(), a.failedAt());
		}

	}

	record MomentView(String moment, boolean essential, String whatsappTemplate, List<String> parameters,
			boolean whatsapp, boolean email) {

		static MomentView of(MomentCatalog.MomentInfo m) {
			return new MomentView(m.moment(), m.essential(), m.template(), m.parameters(),
					m.switches().get(Channel.WHATSAPP), m.switches().get(Channel.EMAIL));
		}

	}

	record SwitchRequest(Boolean whatsapp, Boolean email) {
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('clients:read', 'notifications:write')")
	List<AlertView> log(@RequestParam(required = false) Long clientId, @RequestParam(required = false) String event,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "100") int limit) {
		AlertFilter filter = new AlertFilter(clientId, blankToNull(event), parse(Channel.class, channel),
				parse(AlertStatus.class, status));
		return alerts.find(filter, before, Math.clamp(limit, 1, 500))
			.stream()
			.map(a -> AlertView.of(a, properties.moment(a.moment()).secret()))
			.toList();
	}

	@GetMapping("/settings")
	@PreAuthorize("hasAnyAuthority('clients:read', 'notifications:write')")
	List<MomentView> settings() {
		return moments.all().stream().map(MomentView::of).toList();
	}

	@PutMapping("/settings/{moment}")
	@PreAuthorize("hasAuthority('notifications:write')")
	MomentView change(@PathVariable String moment, @RequestBody SwitchRequest request, CurrentUser me) {
		MomentCatalog.MomentInfo info = moments.one(moment);
		if (request.whatsapp() != null) {
			info = moments.setSwitch(moment, Channel.WHATSAPP, request.whatsapp(), me.email());
		}
		if (request.email() != null) {
			info = moments.setSwitch(moment, Channel.EMAIL, request.email(), me.email());
		}
		return MomentView.of(info);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessException(HttpStatus.BAD_REQUEST, "notifications.filter.invalid", value);
		}
	}

}
