package io.estante.identity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.estante.shared.NotFound;
import io.estante.shared.security.AccountDirectory;
import io.estante.shared.security.AccountKind;
import io.estante.shared.security.EstantePrincipal;

/** Any account, client or staff, through the directory of its kind. */
@Component
class Accounts {

	private final List<AccountDirectory> directories;

	Accounts(List<AccountDirectory> directories) {
		this.directories = directories;
	}

	AccountDirectory directory(AccountKind kind) {
		return directories.stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
	}

	Optional<EstantePrincipal> byId(AccountKind kind, long id) {
		return directory(kind).byId(id);
	}

	EstantePrincipal require(AccountKind kind, long id) {
		return byId(kind, id).orElseThrow(() -> new NotFound(kind.name().toLowerCase(Locale.ROOT), id));
	}

}
