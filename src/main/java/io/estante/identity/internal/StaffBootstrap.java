package io.estante.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.estante.identity.StaffRole;

/**
 * Creates the first staff account (an owner) from {@code estante.admin.email} and
 * {@code estante.admin.password} when no staff account exists yet; otherwise does
 * nothing.
 */
@Component
class StaffBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);

	private final StaffAccounts staff;

	private final PasswordEncoder passwords;

	private final Environment environment;

	StaffBootstrap(StaffAccounts staff, PasswordEncoder passwords, Environment environment) {
		this.staff = staff;
		this.passwords = passwords;
		this.environment = environment;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		String email = environment.getProperty("estante.admin.email");
		String password = environment.getProperty("estante.admin.password");
		if (email == null || email.isBlank() || password == null || password.isBlank() || staff.anyExists()) {
			return;
		}
		staff.create(email, "Administrator", StaffRole.OWNER, passwords.encode(password));
		log.info("Created the first staff account (owner): {}", email);
	}

}
