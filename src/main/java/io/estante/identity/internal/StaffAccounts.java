package io.estante.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import io.estante.identity.StaffRole;
import io.estante.shared.security.AccountDirectory;
import io.estante.shared.security.AccountKind;
import io.estante.shared.security.CurrentUser;
import io.estante.shared.security.EstantePrincipal;

/** Staff accounts, and the directory sign-in uses to find them. */
@Repository
public class StaffAccounts implements AccountDirectory {

	private final JdbcClient jdbc;

	private final Clock clock;

	StaffAccounts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public AccountKind kind() {
		return AccountKind.STAFF;
	}

	@Override
	public Optional<EstantePrincipal> byEmail(String email) {
		return jdbc.sql("select * from staff where email = :email")
			.param("email", email.trim().toLowerCase(Locale.ROOT))
			.query(this::principal)
			.optional();
	}

	@Override
	public Optional<EstantePrincipal> byId(long id) {
		return jdbc.sql("select * from staff where id = :id").param("id", id).query(this::principal).optional();
	}

	public boolean anyExists() {
		return jdbc.sql("select count(*) from staff").query(Long.class).single() > 0;
	}

	public long create(String email, String name, StaffRole role, String passwordHash) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into staff (email, name, role, password_hash, active, created_at)
				values (:email, :name, :role, :hash, true, :at)""")
			.param("email", email.trim().toLowerCase(Locale.ROOT))
			.param("name", name)
			.param("role", role.name())
			.param("hash", passwordHash)
			.param("at", Timestamp.from(Instant.now(clock)))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** One staff member as the staff pages and API show it. */
	public record Member(long id, String email, String name, StaffRole role, boolean active) {
	}

	public List<Member> all() {
		return jdbc.sql("select id, email, name, role, active from staff order by active desc, name, id")
			.query(StaffAccounts::member)
			.list();
	}

	public Optional<Member> member(long id) {
		return jdbc.sql("select id, email, name, role, active from staff where id = :id")
			.param("id", id)
			.query(StaffAccounts::member)
			.optional();
	}

	/**
	 * The active owners, their rows locked until the transaction ends: two owners
	 * demoting each other at once cannot leave the company with none.
	 */
	List<Long> lockActiveOwners() {
		return jdbc.sql("select id from staff where role = 'OWNER' and active = true order by id for update")
			.query(Long.class)
			.list();
	}

	void updateRole(long id, StaffRole role) {
		jdbc.sql("update staff set role = :role where id = :id").param("id", id).param("role", role.name()).update();
	}

	void updateActive(long id, boolean active) {
		jdbc.sql("update staff set active = :active where id = :id").param("id", id).param("active", active).update();
	}

	private static Member member(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Member(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
				StaffRole.valueOf(rs.getString("role")), rs.getBoolean("active"));
	}

	private EstantePrincipal principal(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		StaffRole role = StaffRole.valueOf(rs.getString("role"));
		CurrentUser user = new CurrentUser(rs.getLong("id"), AccountKind.STAFF, rs.getString("email"),
				rs.getString("name"), rs.getString("language"), role.name(), Permissions.of(role));
		return new EstantePrincipal(user, rs.getString("password_hash"), rs.getBoolean("active"));
	}

	/** Exposed for tests and the staff pages. */
	public static Set<String> permissionsOf(StaffRole role) {
		return Permissions.of(role);
	}

}
