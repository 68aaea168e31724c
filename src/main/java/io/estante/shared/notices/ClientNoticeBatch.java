package io.estante.shared.notices;

import java.util.List;

/**
 * Many client notices of one transaction (a daily-run batch of invoices) published as one
 * event: the event publication registry then writes one row for the batch instead of one
 * per notice, and notifications stores the batch's alerts in one transaction. Each notice
 * is told exactly as if it had been published alone (same alerts, same identity).
 */
public interface ClientNoticeBatch {

	/** The notices, each a whole {@link ClientNotice}. */
	List<? extends ClientNotice> notices();

}
