package io.estante.notifications.web;

import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.estante.notifications.internal.Alert;
import io.estante.notifications.internal.AlertFilter;
import io.estante.notifications.internal.AlertStatus;
import io.estante.notifications.internal.Alerts;
import io.estante.notifications.internal.Channel;
import io.estante.notifications.internal.ChannelStates;
import io.estante.notifications.internal.MomentCatalog;
import io.estante.shared.security.CurrentUser;

/** Staff pages: the alert log ({@code /admin/notifications}) and the moment switches. */
@Controller
@RequestMapping("/admin/notifications")
class AdminNotificationPages {

	private static final int PAGE = 50;

	private final Alerts alerts;

	private final MomentCatalog moments;

	private final ChannelStates channels;

	AdminNotificationPages(Alerts alerts, MomentCatalog moments, ChannelStates channels) {
		this.alerts = alerts;
		this.moments = moments;
		this.channels = channels;
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('clients:read', 'notifications:write')")
	String log(@RequestParam(required = false) Long clientId, @RequestParam(required = false) String event,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long before, Model model) {
		Channel channelFilter = parseOrNull(Channel.class, channel);
		AlertStatus statusFilter = parseOrNull(AlertStatus.class, status);
		String eventFilter = event == null || event.isBlank() ? null : event;
		List<Alert> page = alerts.find(new AlertFilter(clientId, eventFilter, channelFilter, statusFilter), before,
				PAGE + 1);
		model.addAttribute("alerts", page.size() > PAGE ? page.subList(0, PAGE) : page);
		model.addAttribute("older", page.size() > PAGE ? page.get(PAGE - 1).id() : null);
		model.addAttribute("clientId", clientId);
		model.addAttribute("event", eventFilter);
		model.addAttribute("channel", channelFilter);
		model.addAttribute("status", statusFilter);
		model.addAttribute("moments", moments.names());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("statuses", AlertStatus.values());
		return "admin/notifications/log";
	}

	@GetMapping("/settings")
	@PreAuthorize("hasAnyAuthority('clients:read', 'notifications:write')")
	String settings(Model model) {
		model.addAttribute("moments", moments.all());
		model.addAttribute("unconfigured", channels.unconfigured());
		return "admin/notifications/settings";
	}

	@PostMapping("/settings")
	@PreAuthorize("hasAuthority('notifications:write')")
	String save(@RequestParam(name = "whatsapp", required = false) Set<String> whatsapp,
			@RequestParam(name = "email", required = false) Set<String> email, CurrentUser me,
			RedirectAttributes redirect) {
		Set<String> onWhatsApp = whatsapp == null ? Set.of() : whatsapp;
		Set<String> onEmail = email == null ? Set.of() : email;
		for (MomentCatalog.MomentInfo moment : moments.all()) {
			boolean wa = onWhatsApp.contains(moment.moment());
			if (moment.switches().get(Channel.WHATSAPP) != wa) {
				moments.setSwitch(moment.moment(), Channel.WHATSAPP, wa, me.email());
			}
			boolean mail = onEmail.contains(moment.moment()) || moment.essential();
			if (moment.switches().get(Channel.EMAIL) != mail) {
				moments.setSwitch(moment.moment(), Channel.EMAIL, mail, me.email());
			}
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/notifications/settings";
	}

	private static <E extends Enum<E>> E parseOrNull(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
