package io.estante.clients.web;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.estante.clients.PasswordReset;

/**
 * {@code POST /api/v1/password-resets {email}}: always 202 with the same message;
 * {@code POST /api/v1/password-resets/confirmation {token, newPassword}}: 204, or 400 for
 * a used, expired or unknown token and for a weak password.
 */
@RestController
class PasswordResetApi {

	private final PasswordReset reset;

	private final MessageSource messages;

	PasswordResetApi(PasswordReset reset, MessageSource messages) {
		this.reset = reset;
		this.messages = messages;
	}

	record ResetRequest(@NotBlank String email) {
	}

	record Requested(String message) {
	}

	record Confirmation(@NotBlank String token, @NotBlank String newPassword) {
	}

	@PostMapping("/api/v1/password-resets")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Requested request(@Valid @RequestBody ResetRequest request, Locale locale) {
		reset.request(request.email().trim());
		return new Requested(messages.getMessage("reset.sent", null, locale));
	}

	@PostMapping("/api/v1/password-resets/confirmation")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void confirm(@Valid @RequestBody Confirmation confirmation) {
		reset.complete(confirmation.token(), confirmation.newPassword());
	}

}
