package io.estante.identity.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.identity.StaffRole;
import io.estante.shared.BusinessException;
import io.estante.shared.NotFound;
import io.estante.shared.security.AccountKind;

/**
 * Owners add staff, change their role and deactivate them. The company always keeps one
 * active owner: the last one can be neither demoted nor deactivated (409). A change ends
 * the member's API sessions; web sessions pick it up on the next page (see
 * {@link StaffSessionFilter}).
 */
@Service
public class StaffManagement {

	static final int MIN_PASSWORD_LENGTH = 12;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");

	private final StaffAccounts staff;

	private final PasswordEncoder passwords;

	private final ApiSessions sessions;

	private final AuditTrail audit;

	StaffManagement(StaffAccounts staff, PasswordEncoder passwords, ApiSessions sessions, AuditTrail audit) {
		this.staff = staff;
		this.passwords = passwords;
		this.sessions = sessions;
		this.audit = audit;
	}

	@Transactional
	public StaffAccounts.Member add(String email, String name, String role, String password) {
		String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
		if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
			throw new BusinessException(HttpStatus.BAD_REQUEST, "staff.email.invalid");
		}
		if (name == null || name.isBlank() || name.trim().length() > 200) {
			throw new BusinessException(HttpStatus.BAD_REQUEST, "staff.name.required");
		}
		StaffRole parsed = role(role);
		if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 128) {
			throw new BusinessException(HttpStatus.BAD_REQUEST, "staff.password.too-short", MIN_PASSWORD_LENGTH);
		}
		if (staff.byEmail(address).isPresent()) {
			throw new BusinessException(HttpStatus.CONFLICT, "staff.email.used", address);
		}
		long id;
		try {
			id = staff.create(address, name.trim(), parsed, passwords.encode(password));
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessException(HttpStatus.CONFLICT, "staff.email.used", address);
		}
		audit.record("STAFF_ADDED", "staff:" + id, parsed.name());
		return staff.member(id).orElseThrow();
	}

	@Transactional
	public StaffAccounts.Member changeRole(long id, String role) {
		StaffRole parsed = role(role);
		StaffAccounts.Member member = require(id);
		if (member.role() == parsed) {
			return member;
		}
		if (member.role() == StaffRole.OWNER && member.active()) {
			refuseIfLastOwner(id);
		}
		staff.updateRole(id, parsed);
		sessions.closeAll(AccountKind.STAFF, id);
		audit.record("STAFF_ROLE_CHANGED", "staff:" + id, member.role() + " -> " + parsed);
		return staff.member(id).orElseThrow();
	}

	@Transactional
	public StaffAccounts.Member setActive(long id, boolean active) {
		StaffAccounts.Member member = require(id);
		if (member.active() == active) {
			return member;
		}
		if (!active && member.role() == StaffRole.OWNER) {
			refuseIfLastOwner(id);
		}
		staff.updateActive(id, active);
		if (!active) {
			sessions.closeAll(AccountKind.STAFF, id);
		}
		audit.record(active ? "STAFF_ACTIVATED" : "STAFF_DEACTIVATED", "staff:" + id, null);
		return staff.member(id).orElseThrow();
	}

	private void refuseIfLastOwner(long id) {
		var owners = staff.lockActiveOwners();
		if (owners.size() <= 1 && owners.contains(id)) {
			throw new BusinessException(HttpStatus.CONFLICT, "staff.last-owner");
		}
	}

	private StaffAccounts.Member require(long id) {
		return staff.member(id).orElseThrow(() -> new NotFound("staff", id));
	}

	private static StaffRole role(String role) {
		try {
			return StaffRole.valueOf(role == null ? "" : role.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessException(HttpStatus.BAD_REQUEST, "staff.role.unknown", role);
		}
	}

}
