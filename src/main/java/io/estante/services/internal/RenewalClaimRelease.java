package io.estante.services.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.estante.services.RenewalClaims;

/**
 * Releases the renewal claim of a live service's next period (see {@link RenewalClaims}).
 */
@Component
class RenewalClaimRelease implements RenewalClaims {

	private final JdbcClient jdbc;

	RenewalClaimRelease(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public boolean releaseNextPeriod(long serviceId) {
		return jdbc.sql("""
				delete from service_renewal r where r.service_id = :id
				  and r.period_start = (select s.next_due_date from service s
				                        where s.id = :id and s.status in ('ACTIVE', 'SUSPENDED'))""")
			.param("id", serviceId)
			.update() == 1;
	}

}
