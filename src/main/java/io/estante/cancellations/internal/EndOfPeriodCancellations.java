package io.estante.cancellations.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.estante.automation.DailyRun;
import io.estante.automation.DailyStep;
import io.estante.automation.StepBatch;
import io.estante.services.ServiceDirectory;
import io.estante.services.ServiceLifecycle;
import io.estante.services.ServiceStatus;
import io.estante.services.ServiceView;

/**
 * Daily step: cancels the services whose end-of-period request falls due by the run's day
 * (the end of the period of their last invoice). Any renewal invoice issued since the
 * request is cancelled too. A service that ended meanwhile (terminated for non-payment)
 * only closes its request. A closed request no longer matches, so a rerun does nothing.
 */
@Component
class EndOfPeriodCancellations implements DailyStep {

	private final Cancellations cancellations;

	private final ServiceDirectory services;

	private final ServiceLifecycle lifecycle;

	private final RenewalInvoices invoices;

	private final Clock clock;

	EndOfPeriodCancellations(Cancellations cancellations, ServiceDirectory services, ServiceLifecycle lifecycle,
			RenewalInvoices invoices, Clock clock) {
		this.cancellations = cancellations;
		this.services = services;
		this.lifecycle = lifecycle;
		this.invoices = invoices;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "end-of-period-cancellations";
	}

	@Override
	public int order() {
		return END_OF_PERIOD;
	}

	@Override
	public long remaining(DailyRun run) {
		return cancellations.countDue(run.asOf());
	}

	@Override
	public StepBatch runBatch(DailyRun run, String cursor) {
		long after = cursor == null ? 0 : Long.parseLong(cursor);
		List<Cancellation> due = cancellations.due(run.asOf(), after, run.batchSize());
		int done = 0;
		List<String> problems = new ArrayList<>();
		for (Cancellation request : due) {
			Optional<ServiceView> service = services.find(request.serviceId());
			boolean live = service.isPresent() && !service.get().status().isEnded();
			if (live && !service.get().status().canMoveTo(ServiceStatus.CANCELLED)) {
				problems
					.add("service " + request.serviceId() + " (" + service.get().status() + ") cannot be cancelled");
				continue;
			}
			if (!cancellations.close(request.id(), Cancellation.Status.EFFECTIVE, "automation", Instant.now(clock))
					|| !live) {
				continue;
			}
			invoices.cancelFor(service.get(), request.byStaff() ? "staff" : "requested");
			lifecycle.cancel(request.serviceId(), "end of period (request " + request.id() + ")"
					+ (request.reason() == null ? "" : ": " + request.reason()));
			done++;
		}
		if (due.size() < run.batchSize()) {
			return StepBatch.last(done, problems);
		}
		return StepBatch.more(done, String.valueOf(due.get(due.size() - 1).id()), problems);
	}

}
