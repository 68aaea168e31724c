package io.estante.notifications.web;

import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.estante.clients.ClientDirectory;
import io.estante.notifications.internal.AlertFilter;
import io.estante.notifications.internal.AlertStatus;
import io.estante.notifications.internal.Alerts;
import io.estante.notifications.internal.MomentCatalog;
import io.estante.shared.NotFound;
import io.estante.shared.security.CurrentUser;

/**
 * The client's notices page ({@code /client/notifications}): which alerts it wants
 * (security ones always arrive), where they go (phone and e-mail are edited on the
 * account page) and the latest sent.
 */
@Controller
@RequestMapping("/client/notifications")
class ClientNotificationPage {

	private final MomentCatalog moments;

	private final Alerts alerts;

	private final ClientDirectory directory;

	ClientNotificationPage(MomentCatalog moments, Alerts alerts, ClientDirectory directory) {
		this.moments = moments;
		this.alerts = alerts;
		this.directory = directory;
	}

	record Choice(String moment, boolean essential, boolean receives) {
	}

	@GetMapping
	String page(CurrentUser me, Model model) {
		model.addAttribute("client", directory.contact(me.id()).orElseThrow(() -> new NotFound("client", me.id())));
		model.addAttribute("choices",
				moments.names()
					.stream()
					.map(moments::one)
					.map(m -> new Choice(m.moment(), m.essential(), moments.receives(me.id(), m.moment())))
					.toList());
		model.addAttribute("recent",
				alerts.find(new AlertFilter(me.id(), null, null, null), null, 40)
					.stream()
					.filter(a -> a.status() != AlertStatus.SKIPPED)
					.limit(15)
					.toList());
		return "client/notifications/preferences";
	}

	@PostMapping
	String save(CurrentUser me, @RequestParam(name = "receive", required = false) Set<String> receive,
			RedirectAttributes redirect) {
		Set<String> wanted = receive == null ? Set.of() : receive;
		for (String moment : moments.names()) {
			MomentCatalog.MomentInfo info = moments.one(moment);
			boolean receives = wanted.contains(moment) || info.essential();
			if (moments.receives(me.id(), moment) != receives) {
				moments.choose(me.id(), moment, receives);
			}
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/client/notifications";
	}

}
