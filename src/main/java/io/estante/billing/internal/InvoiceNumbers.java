package io.estante.billing.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free invoice numbers from one counter row, moved inside the issuing transaction:
 * the update locks the row until commit, so concurrent issuers queue and each gets the
 * next block; a rollback returns the block. Numbers are zero-padded to eight digits so
 * they also sort as text.
 */
@Component
class InvoiceNumbers {

	private final JdbcClient jdbc;

	InvoiceNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes {@code count} consecutive numbers and returns the first. */
	@Transactional(propagation = Propagation.MANDATORY)
	long allocate(int count) {
		if (count <= 0) {
			throw new IllegalArgumentException("count must be positive");
		}
		jdbc.sql("update invoice_counter set next_value = next_value + :count where name = 'invoice'")
			.param("count", count)
			.update();
		long next = jdbc.sql("select next_value from invoice_counter where name = 'invoice'")
			.query(Long.class)
			.single();
		return next - count;
	}

	static String format(long seq) {
		return String.format("%08d", seq);
	}

}
