package io.estante.clients.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.estante.clients.ClientDirectory;
import io.estante.shared.NotFound;
import io.estante.shared.security.CurrentUser;

/** The public entry and the client area's dashboard. */
@Controller
class ClientHome {

	private final ClientDirectory directory;

	ClientHome(ClientDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/")
	String root(CurrentUser me) {
		if (me == null) {
			return "redirect:/login";
		}
		return me.isStaff() ? "redirect:/admin" : "redirect:/client";
	}

	@GetMapping("/client")
	String dashboard(CurrentUser me, Model model) {
		model.addAttribute("client", directory.contact(me.id()).orElseThrow(() -> new NotFound("client", me.id())));
		return "client/clients/dashboard";
	}

}
