package io.estante.identity.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.estante.identity.internal.ApiSessions;
import io.estante.identity.internal.SignIn;
import io.estante.identity.internal.StaffAccounts;
import io.estante.shared.BusinessException;
import io.estante.shared.security.AccountKind;

/**
 * {@code POST /api/v1/sessions}: e-mail, password and (once enrolled) a two-factor code
 * for a bearer token (clients and staff).
 */
@RestController
@RequestMapping("/api/v1/sessions")
class SessionApi {

	private final SignIn signIn;

	private final ApiSessions sessions;

	private final StaffAccounts staff;

	SessionApi(SignIn signIn, ApiSessions sessions, StaffAccounts staff) {
		this.signIn = signIn;
		this.sessions = sessions;
		this.staff = staff;
	}

	/**
	 * {@code account} is optional: "client" or "staff"; without it, a staff e-mail signs
	 * in as staff. {@code totp}: the current code (or a recovery code) of an account
	 * enrolled in two-factor sign-in; missing or wrong, the answer is the same as for a
	 * wrong password.
	 */
	record Credentials(@NotBlank String email, @NotBlank String password, String account, String totp) {
	}

	record Session(String token, Instant expiresAt, String account, long accountId) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Session open(@Valid @RequestBody Credentials credentials) {
		AccountKind kind = kindFor(credentials);
		SignIn.Result result = signIn.attempt(kind, credentials.email(), credentials.password(), credentials.totp());
		return switch (result.outcome()) {
			case SUCCESS -> {
				ApiSessions.Issued issued = sessions.open(result.principal());
				yield new Session(issued.token(), issued.expiresAt(), kind.name().toLowerCase(),
						result.principal().user().id());
			}
			case THROTTLED -> throw new BusinessException(HttpStatus.TOO_MANY_REQUESTS, "sign-in.throttled");
			case BAD_CREDENTIALS, DISABLED, SECOND_FACTOR_REQUIRED ->
				throw new BusinessException(HttpStatus.UNAUTHORIZED, "sign-in.failed");
		};
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void close(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			sessions.close(header.substring(7).trim());
		}
	}

	private AccountKind kindFor(Credentials credentials) {
		if ("staff".equalsIgnoreCase(credentials.account())) {
			return AccountKind.STAFF;
		}
		if ("client".equalsIgnoreCase(credentials.account())) {
			return AccountKind.CLIENT;
		}
		return staff.byEmail(credentials.email()).isPresent() ? AccountKind.STAFF : AccountKind.CLIENT;
	}

}
