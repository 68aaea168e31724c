package io.estante.upgrades.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.estante.audit.AuditTrail;
import io.estante.automation.DailyRun;
import io.estante.automation.DailyStep;
import io.estante.automation.StepBatch;
import io.estante.billing.InvoiceStatus;
import io.estante.billing.Invoicing;
import io.estante.upgrades.UpgradeStatus;

/**
 * Daily step, before suspensions: an upgrade whose invoice was not paid by its due date
 * ({@link Upgrader#PAYMENT_DAYS} after the request) expires: its invoice is cancelled and
 * the upgrade is void. An upgrade the client did not pay is a change not made, never a
 * reason to suspend the service it was for. Closed upgrades no longer match the query, so
 * a rerun acts only on what is left.
 */
@Component
class UpgradeExpiry implements DailyStep {

	private final JdbcClient jdbc;

	private final Upgrades upgrades;

	private final Invoicing invoicing;

	private final AuditTrail audit;

	private final Clock clock;

	UpgradeExpiry(JdbcClient jdbc, Upgrades upgrades, Invoicing invoicing, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.upgrades = upgrades;
		this.invoicing = invoicing;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "upgrade-expiries";
	}

	@Override
	public int order() {
		return SUSPENSIONS - 10;
	}

	@Override
	public StepBatch runBatch(DailyRun run, String cursor) {
		// Requested before this instant: due (request day + PAYMENT_DAYS) before the
		// run's day.
		Instant cutoff = run.asOf().minusDays(Upgrader.PAYMENT_DAYS).atStartOfDay(clock.getZone()).toInstant();
		List<Long> ids = jdbc.sql("""
				select id from upgrade where status = 'AWAITING_PAYMENT' and requested_at < :cutoff and id > :after
				order by id fetch first :limit rows only""")
			.param("cutoff", Timestamp.from(cutoff))
			.param("after", cursor == null ? 0L : Long.parseLong(cursor))
			.param("limit", run.batchSize())
			.query(Long.class)
			.list();
		int done = 0;
		for (long id : ids) {
			Upgrade upgrade = upgrades.lock(id).filter(u -> u.status() == UpgradeStatus.AWAITING_PAYMENT).orElse(null);
			if (upgrade != null && expire(upgrade)) {
				done++;
			}
		}
		if (ids.size() < run.batchSize()) {
			return StepBatch.last(done);
		}
		return StepBatch.more(done, String.valueOf(ids.get(ids.size() - 1)));
	}

	/** False when the invoice was paid meanwhile (the payment listener applies it). */
	private boolean expire(Upgrade upgrade) {
		if (upgrade.invoiceId() != null) {
			InvoiceStatus status = invoicing.find(upgrade.invoiceId()).map(i -> i.status()).orElse(null);
			if (status == InvoiceStatus.PAID) {
				return false;
			}
			// "expired": the reason code notifications word in the client's language
			invoicing.cancel(upgrade.invoiceId(), "expired");
		}
		upgrades.close(upgrade.id(), UpgradeStatus.VOID, "not paid by its due date", true, Instant.now(clock));
		audit.record("upgrades.expired", "service:" + upgrade.serviceId(), "upgrade:" + upgrade.id());
		return true;
	}

}
