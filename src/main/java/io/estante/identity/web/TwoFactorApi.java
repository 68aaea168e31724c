package io.estante.identity.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.estante.identity.internal.TwoFactorManagement;
import io.estante.shared.BusinessException;
import io.estante.shared.security.AccountKind;
import io.estante.shared.security.CurrentUser;

/**
 * Two-factor sign-in for the signed-in account (client or staff):
 * {@code /api/v1/me/two-factor}; and the staff reset of a client's second factor.
 */
@RestController
class TwoFactorApi {

	private final TwoFactorManagement twoFactor;

	TwoFactorApi(TwoFactorManagement twoFactor) {
		this.twoFactor = twoFactor;
	}

	record Status(boolean enabled, int recoveryCodesLeft) {
	}

	record Code(@NotBlank String code) {
	}

	record RecoveryCodes(List<String> recoveryCodes) {
	}

	record Deactivation(@NotBlank String password, @NotBlank String code) {
	}

	record Reason(@NotBlank String reason) {
	}

	@GetMapping("/api/v1/me/two-factor")
	Status status(CurrentUser me) {
		signedIn(me);
		boolean enabled = twoFactor.enrolled(me.kind(), me.id());
		return new Status(enabled, enabled ? twoFactor.recoveryCodesLeft(me.kind(), me.id()) : 0);
	}

	/** Starts enrolment: the secret and the {@code otpauth://} URI to scan. */
	@PostMapping("/api/v1/me/two-factor")
	TwoFactorManagement.Enrolment start(CurrentUser me) {
		signedIn(me);
		return twoFactor.start(me.kind(), me.id());
	}

	/** The first code from the app: the ten recovery codes, shown this once. */
	@PostMapping("/api/v1/me/two-factor/confirmation")
	RecoveryCodes confirm(CurrentUser me, @Valid @RequestBody Code request) {
		signedIn(me);
		return new RecoveryCodes(twoFactor.confirm(me.kind(), me.id(), request.code()));
	}

	/** Turning it off asks for the password and a current code. */
	@PostMapping("/api/v1/me/two-factor/deactivation")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void disable(CurrentUser me, @Valid @RequestBody Deactivation request) {
		signedIn(me);
		twoFactor.disable(me.kind(), me.id(), request.password(), request.code());
	}

	/** Staff remove a client's second factor: audited with the reason, client alerted. */
	@PostMapping("/api/v1/admin/clients/{id}/two-factor/reset")
	@PreAuthorize("hasAuthority('clients:write')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void reset(@PathVariable long id, @Valid @RequestBody Reason request) {
		twoFactor.reset(AccountKind.CLIENT, id, request.reason());
	}

	private static void signedIn(CurrentUser me) {
		if (me == null) {
			throw new BusinessException(HttpStatus.UNAUTHORIZED, "error.unauthenticated");
		}
	}

}
