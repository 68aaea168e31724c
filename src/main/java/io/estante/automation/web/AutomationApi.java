package io.estante.automation.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.estante.automation.internal.AutomationRuns;
import io.estante.automation.internal.DailyRunner;
import io.estante.shared.security.CurrentUser;

/**
 * {@code POST /api/v1/admin/automation/runs {date?}}: runs the daily automation now, as
 * of today or a past day, and answers its summary (201). A run in progress answers 409, a
 * future date 422. Runs can be read back and asked to stop.
 */
@RestController
@RequestMapping("/api/v1/admin/automation/runs")
class AutomationApi {

	private final DailyRunner runner;

	private final AutomationRuns runs;

	AutomationApi(DailyRunner runner, AutomationRuns runs) {
		this.runner = runner;
		this.runs = runs;
	}

	record RunRequest(LocalDate date) {
	}

	record StepView(String name, String status, long done, long skipped, Long remaining, int batches) {
	}

	record RunView(long id, LocalDate asOf, String status, String trigger, String startedBy, String node,
			Instant startedAt, Instant finishedAt, Long durationMs, String failure, Map<String, Long> counts,
			List<StepView> steps, List<String> problems) {

		static RunView of(DailyRunner.Summary s) {
			AutomationRuns.Run r = s.run();
			return new RunView(r.id(), r.asOf(), r.status().name(), r.trigger().name(), r.startedBy(), r.node(),
					r.startedAt(), r.finishedAt(), r.durationMs(), r.failure(), s.counts(),
					s.steps()
						.stream()
						.map(st -> new StepView(st.name(), st.status(), st.done(), st.skipped(), st.remaining(),
								st.batches()))
						.toList(),
					s.problems());
		}

	}

	record Page(List<RunView> items) {
	}

	@PostMapping
	@PreAuthorize("hasAuthority('automation:run')")
	ResponseEntity<RunView> run(CurrentUser me, @RequestBody(required = false) RunRequest request) {
		DailyRunner.Summary summary = runner.run(request == null ? null : request.date(), AutomationRuns.Trigger.STAFF,
				me.email());
		return ResponseEntity.created(URI.create("/api/v1/admin/automation/runs/" + summary.run().id()))
			.body(RunView.of(summary));
	}

	@GetMapping
	@PreAuthorize("hasAuthority('automation:run')")
	Page recent(@RequestParam(defaultValue = "20") int limit) {
		return new Page(runs.recent(Math.max(1, Math.min(limit, 100)))
			.stream()
			.map(r -> RunView.of(runner.summary(r.id())))
			.toList());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('automation:run')")
	RunView one(@PathVariable long id) {
		return RunView.of(runner.summary(id));
	}

	@PostMapping("/{id}/stop")
	@PreAuthorize("hasAuthority('automation:run')")
	ResponseEntity<RunView> stop(@PathVariable long id) {
		runs.requestStop(id);
		return ResponseEntity.accepted().body(RunView.of(runner.summary(id)));
	}

}
