package io.estante.shared.security;

import java.util.Optional;

/**
 * Where sign-in finds accounts of one kind. The {@code clients} module answers for
 * clients and {@code identity} for staff, so the security set-up depends on neither
 * module's internals.
 */
public interface AccountDirectory {

	AccountKind kind();

	/** The account with that e-mail, in any letter case. */
	Optional<EstantePrincipal> byEmail(String email);

	/**
	 * The account with that id; used on every bearer-token request, so it reflects
	 * changes at once.
	 */
	Optional<EstantePrincipal> byId(long id);

}
