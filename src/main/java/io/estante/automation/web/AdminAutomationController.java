package io.estante.automation.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.estante.automation.AutomationProperties;
import io.estante.automation.internal.AutomationRuns;
import io.estante.automation.internal.DailyRunner;
import io.estante.shared.BusinessException;
import io.estante.shared.security.CurrentUser;

/**
 * The admin automation page: run now (as of today or a past day), the run in progress
 * with its progress (htmx polls a fragment every second while it runs) and recent runs.
 */
@Controller
@RequestMapping("/admin/automation")
class AdminAutomationController {

	private final DailyRunner runner;

	private final AutomationRuns runs;

	private final AutomationProperties settings;

	private final MessageSource messages;

	AdminAutomationController(DailyRunner runner, AutomationRuns runs, AutomationProperties settings,
			MessageSource messages) {
		this.runner = runner;
		this.runs = runs;
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('automation:run')")
	String index(Model model) {
		model.addAttribute("today", runner.day(null));
		model.addAttribute("settings", settings);
		model.addAttribute("current", runs.running().map(r -> runner.summary(r.id())).orElse(null));
		model.addAttribute("recent", runs.recent(20).stream().map(r -> runner.summary(r.id())).toList());
		return "admin/automation/index";
	}

	@PostMapping("/runs")
	@PreAuthorize("hasAuthority('automation:run')")
	String start(CurrentUser me,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model,
			RedirectAttributes redirect, Locale locale) {
		long id;
		try {
			id = runner.start(date, AutomationRuns.Trigger.STAFF, me.email());
		}
		catch (BusinessException ex) {
			model.addAttribute("errorField", "date");
			model.addAttribute("error", ex);
			model.addAttribute("date", date);
			return index(model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("automation.run.started", null, locale));
		return "redirect:/admin/automation/runs/" + id;
	}

	@GetMapping("/runs/{id}")
	@PreAuthorize("hasAuthority('automation:run')")
	String run(@PathVariable long id, Model model) {
		model.addAttribute("summary", runner.summary(id));
		return "admin/automation/run";
	}

	/** The progress fragment htmx swaps in; it stops polling once the run has ended. */
	@GetMapping("/runs/{id}/progress")
	@PreAuthorize("hasAuthority('automation:run')")
	String progress(@PathVariable long id, Model model) {
		model.addAttribute("summary", runner.summary(id));
		return "admin/automation/run :: progress";
	}

	@PostMapping("/runs/{id}/stop")
	@PreAuthorize("hasAuthority('automation:run')")
	String stop(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		runs.requestStop(id);
		redirect.addFlashAttribute("flash", messages.getMessage("automation.run.stop-requested", null, locale));
		return "redirect:/admin/automation/runs/" + id;
	}

}
