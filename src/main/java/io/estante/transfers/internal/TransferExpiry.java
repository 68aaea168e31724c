package io.estante.transfers.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.automation.DailyRun;
import io.estante.automation.DailyStep;
import io.estante.automation.StepBatch;

/**
 * Open requests expire {@code expiry-days} after they started. Checked lazily (a lapsed
 * request is expired before anyone acts on it, and shown as expired) and by this daily
 * step, which stores the expiry of every lapsed request and frees its service for a new
 * one. An expired request no longer matches, so a rerun finds nothing.
 */
@Component
public class TransferExpiry implements DailyStep {

	private final Transfers transfers;

	private final AuditTrail audit;

	private final TransferEndings endings;

	private final Clock clock;

	TransferExpiry(Transfers transfers, AuditTrail audit, TransferEndings endings, Clock clock) {
		this.transfers = transfers;
		this.audit = audit;
		this.endings = endings;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "transfer-expiries";
	}

	@Override
	public int order() {
		return TERMINATIONS + 50;
	}

	@Override
	public long remaining(DailyRun run) {
		return transfers.countLapsed(cutoff(run));
	}

	@Override
	public StepBatch runBatch(DailyRun run, String cursor) {
		long after = cursor == null ? 0 : Long.parseLong(cursor);
		Instant cutoff = cutoff(run);
		List<Long> ids = transfers.lapsed(cutoff, after, run.batchSize());
		int done = 0;
		for (long id : ids) {
			done += expire(id, cutoff) ? 1 : 0;
		}
		return ids.size() < run.batchSize() ? StepBatch.last(done)
				: StepBatch.more(done, String.valueOf(ids.get(ids.size() - 1)));
	}

	/** Expires the request if it is open and lapsed, in a transaction of its own. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean expireIfLapsed(long transferId) {
		return expire(transferId, Instant.now(clock));
	}

	/** In the caller's transaction: the row is locked and checked again. */
	public boolean expire(long transferId, Instant asOf) {
		Transfer t = transfers.lock(transferId).orElse(null);
		if (t == null || !t.lapsed(asOf)) {
			return false;
		}
		endings.end(t, Transfer.Closing.EXPIRED, List.of(), null, null, null, Instant.now(clock));
		audit.record("SYSTEM", null, "system", "transfer.expired", "transfer:" + t.id(), "service:" + t.serviceId());
		return true;
	}

	/**
	 * A run as of a past day expires what had lapsed by the end of that day, never what
	 * has not lapsed by now.
	 */
	private Instant cutoff(DailyRun run) {
		Instant endOfDay = run.asOf().atTime(LocalTime.MAX).atZone(clock.getZone()).toInstant();
		Instant now = Instant.now(clock);
		return endOfDay.isBefore(now) ? endOfDay : now;
	}

}
