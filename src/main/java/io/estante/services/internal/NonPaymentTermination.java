package io.estante.services.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.estante.automation.AutomationProperties;
import io.estante.automation.DailyRun;
import io.estante.automation.DailyStep;
import io.estante.automation.StepBatch;
import io.estante.services.ServiceStatus;

/**
 * Daily step: terminates services suspended for non-payment for
 * {@code terminate-days-suspended} days. Services suspended by staff (fraud risk, abuse)
 * wait for staff's decision. A terminated service no longer matches, so a rerun finds
 * nothing; the walk goes by id along the (status, id) index.
 */
@Component
class NonPaymentTermination implements DailyStep {

	private final JdbcClient jdbc;

	private final Services services;

	private final ServiceChanges changes;

	private final AutomationProperties settings;

	NonPaymentTermination(JdbcClient jdbc, Services services, ServiceChanges changes, AutomationProperties settings) {
		this.jdbc = jdbc;
		this.services = services;
		this.changes = changes;
		this.settings = settings;
	}

	@Override
	public String name() {
		return "service-terminations";
	}

	@Override
	public int order() {
		return TERMINATIONS;
	}

	@Override
	public long remaining(DailyRun run) {
		return jdbc.sql("""
				select count(*) from service where status = 'SUSPENDED' and suspension_reason = 'NON_PAYMENT'
				  and suspended_on <= :cutoff""").param("cutoff", Date.valueOf(cutoff(run))).query(Long.class).single();
	}

	@Override
	public StepBatch runBatch(DailyRun run, String cursor) {
		long after = cursor == null ? 0 : Long.parseLong(cursor);
		List<Long> ids = jdbc.sql("""
				select id from service where status = 'SUSPENDED' and id > :after
				  and suspension_reason = 'NON_PAYMENT' and suspended_on <= :cutoff
				order by id fetch first :limit rows only""")
			.param("after", after)
			.param("cutoff", Date.valueOf(cutoff(run)))
			.param("limit", run.batchSize())
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return StepBatch.last(0);
		}
		String reason = io.estante.services.SuspensionReason.NON_PAYMENT.code();
		List<ServiceChanges.Applied> applied = new ArrayList<>();
		for (Service s : services.lockAll(ids)) {
			if (s.suspendedForNonPayment() && !s.suspendedOn().isAfter(cutoff(run))) {
				applied.add(new ServiceChanges.Applied(s, s.ended(ServiceStatus.TERMINATED, run.asOf()),
						Change.TERMINATED, reason));
			}
		}
		changes.applyAll(applied, Actor.AUTOMATION);
		String next = String.valueOf(ids.get(ids.size() - 1));
		return ids.size() < run.batchSize() ? StepBatch.last(applied.size()) : StepBatch.more(applied.size(), next);
	}

	private LocalDate cutoff(DailyRun run) {
		return run.asOf().minusDays(settings.terminateDaysSuspended());
	}

}
