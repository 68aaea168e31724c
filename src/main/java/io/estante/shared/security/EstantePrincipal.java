package io.estante.shared.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security principal behind every signed-in request (form sign-in or bearer
 * token). Authorities: {@code ROLE_CLIENT} or {@code ROLE_STAFF}, plus one per staff
 * permission.
 */
public final class EstantePrincipal implements UserDetails, CredentialsContainer {

	private final CurrentUser user;

	private String passwordHash;

	private final boolean enabled;

	public EstantePrincipal(CurrentUser user, String passwordHash, boolean enabled) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	public CurrentUser user() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + user.kind().name()));
		user.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.email();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
