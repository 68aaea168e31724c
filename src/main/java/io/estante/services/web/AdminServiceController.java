package io.estante.services.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.estante.services.ServiceLifecycle;
import io.estante.services.ServiceStatus;
import io.estante.services.SuspensionReason;
import io.estante.services.internal.ServiceSearch;
import io.estante.services.internal.StaffProvisioning;
import io.estante.shared.BusinessException;
import io.estante.shared.NotFound;
import io.estante.shared.web.DateDisplay;

/**
 * Staff's service pages: the list (by status, client, label), one service with its
 * history and provisioning to-dos and the actions its state allows, and the to-do list of
 * the manual provisioning module.
 */
@Controller
@RequestMapping("/admin")
class AdminServiceController {

	private final ServiceSearch search;

	private final ServiceLifecycle lifecycle;

	private final StaffProvisioning provisioning;

	private final MessageSource messages;

	private final DateDisplay dates;

	AdminServiceController(ServiceSearch search, ServiceLifecycle lifecycle, StaffProvisioning provisioning,
			MessageSource messages, DateDisplay dates) {
		this.search = search;
		this.lifecycle = lifecycle;
		this.provisioning = provisioning;
		this.messages = messages;
		this.dates = dates;
	}

	@GetMapping("/services")
	@PreAuthorize("hasAuthority('services:read')")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) Long clientId,
			@RequestParam(required = false) String label, @RequestParam(required = false) Long before, Model model) {
		ServiceStatus filter = status == null || status.isBlank() ? null : ServiceApi.status(status);
		model.addAttribute("page", search.find(new ServiceSearch.Query(clientId, filter, label, before, 50)));
		model.addAttribute("statuses", ServiceStatus.values());
		model.addAttribute("status", filter);
		model.addAttribute("clientId", clientId);
		model.addAttribute("label", label);
		model.addAttribute("openTasks", provisioning.countOpen());
		return "admin/services/list";
	}

	@GetMapping("/services/{id}")
	@PreAuthorize("hasAuthority('services:read')")
	String one(@PathVariable long id, Model model) {
		model.addAttribute("detail", search.detail(id).orElseThrow(() -> new NotFound("service", id)));
		model.addAttribute("reasons", SuspensionReason.values());
		return "admin/services/detail";
	}

	@PostMapping("/services/{id}/activation")
	@PreAuthorize("hasAuthority('services:write')")
	String activate(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, "services.activated", () -> lifecycle.activate(id, blankToNull(reason)));
	}

	@PostMapping("/services/{id}/suspension")
	@PreAuthorize("hasAuthority('services:write')")
	String suspend(@PathVariable long id, @RequestParam(defaultValue = "STAFF_DECISION") String reason,
			@RequestParam(required = false) String note, RedirectAttributes redirect, Locale locale) {
		SuspensionReason why = SuspensionReason.parse(reason).orElse(SuspensionReason.STAFF_DECISION);
		return act(id, redirect, locale, "services.suspended", () -> lifecycle.suspend(id, why, note));
	}

	@PostMapping("/services/{id}/reactivation")
	@PreAuthorize("hasAuthority('services:write')")
	String reactivate(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, "services.reactivated", () -> lifecycle.reactivate(id, blankToNull(reason)));
	}

	@PostMapping("/services/{id}/termination")
	@PreAuthorize("hasAuthority('services:write')")
	String terminate(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
			Locale locale) {
		if (reason == null || reason.isBlank()) {
			redirect.addFlashAttribute("problem", messages.getMessage("services.reason.required", null, locale));
			return "redirect:/admin/services/" + id;
		}
		return act(id, redirect, locale, "services.terminated", () -> lifecycle.terminate(id, reason.strip()));
	}

	@GetMapping("/provisioning")
	@PreAuthorize("hasAuthority('services:read')")
	String toDos(Model model) {
		model.addAttribute("tasks", provisioning.open());
		return "admin/services/provisioning";
	}

	@PostMapping("/provisioning/{taskId}/completion")
	@PreAuthorize("hasAuthority('services:write')")
	String tick(io.estante.shared.security.CurrentUser me, @PathVariable long taskId,
			@RequestParam(required = false) String back, RedirectAttributes redirect, Locale locale) {
		try {
			provisioning.tick(taskId, me.email());
			redirect.addFlashAttribute("flash", messages.getMessage("services.task.ticked", null, locale));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("problem",
					messages.getMessage(ex.messageKey(), dates.arguments(ex.arguments()), locale));
		}
		return back != null && back.matches("/admin/services/\\d+") ? "redirect:" + back
				: "redirect:/admin/provisioning";
	}

	private String act(long id, RedirectAttributes redirect, Locale locale, String doneKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", messages.getMessage(doneKey, null, locale));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("problem",
					messages.getMessage(ex.messageKey(), dates.arguments(ex.arguments()), locale));
		}
		return "redirect:/admin/services/" + id;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
