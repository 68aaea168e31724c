package io.estante.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.http.HttpStatus;

import io.estante.audit.AuditTrail;
import io.estante.shared.BusinessException;
import io.estante.shared.security.AccountKind;

/**
 * Company security switches owners set in the admin area. Read from the database on each
 * use, so every node applies a change at once.
 */
@Service
public class SecuritySettings {

	static final String STAFF_TWO_FACTOR_REQUIRED = "staff_two_factor_required";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final TwoFactors twoFactors;

	SecuritySettings(JdbcClient jdbc, AuditTrail audit, Clock clock, TwoFactors twoFactors) {
		this.twoFactors = twoFactors;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Staff without two-factor sign-in are sent to enrol before anything else. */
	@Transactional(readOnly = true)
	public boolean staffTwoFactorRequired() {
		return jdbc.sql("select setting_value from security_setting where setting_name = :name")
			.param("name", STAFF_TWO_FACTOR_REQUIRED)
			.query(String.class)
			.optional()
			.map(Boolean::parseBoolean)
			.orElse(false);
	}

	/**
	 * Switching the requirement on is refused to an owner without two-factor sign-in, who
	 * would otherwise lock itself out of everything but the enrolment page.
	 */
	@Transactional
	public void requireStaffTwoFactor(boolean required, long byStaffId) {
		if (required && !twoFactors.confirmed(AccountKind.STAFF, byStaffId)) {
			throw new BusinessException(HttpStatus.CONFLICT, "two-factor.enrol-first");
		}
		Timestamp now = Timestamp.from(Instant.now(clock));
		int updated = jdbc
			.sql("update security_setting set setting_value = :value, updated_at = :now where setting_name = :name")
			.param("name", STAFF_TWO_FACTOR_REQUIRED)
			.param("value", String.valueOf(required))
			.param("now", now)
			.update();
		if (updated == 0) {
			jdbc.sql(
					"insert into security_setting (setting_name, setting_value, updated_at) values (:name, :value, :now)")
				.param("name", STAFF_TWO_FACTOR_REQUIRED)
				.param("value", String.valueOf(required))
				.param("now", now)
				.update();
		}
		audit.record("SETTING_CHANGED", "setting:" + STAFF_TWO_FACTOR_REQUIRED, String.valueOf(required));
	}

}
