package io.estante.clients.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.estante.clients.ClientContact;
import io.estante.clients.ClientDirectory;
import io.estante.clients.ClientManagement;
import io.estante.shared.BusinessException;
import io.estante.shared.NotFound;
import io.estante.shared.security.CurrentUser;

/** Sign-up and a client's own account: {@code /api/v1/clients}, {@code /api/v1/me}. */
@RestController
@RequestMapping("/api/v1")
class ClientApi {

	private final ClientManagement management;

	private final ClientDirectory directory;

	ClientApi(ClientManagement management, ClientDirectory directory) {
		this.management = management;
		this.directory = directory;
	}

	record SignUpRequest(@NotBlank String email, @NotBlank String password, @NotBlank String firstName,
			@NotBlank String lastName, String phone, String language) {
	}

	/**
	 * A change of {@code phone} or {@code email} needs {@code password} (and {@code totp}
	 * when the client uses two-factor sign-in).
	 */
	record DetailsRequest(String firstName, String lastName, String phone, String language, String email,
			String password, String totp) {
	}

	record PasswordRequest(@NotBlank String currentPassword, @NotBlank String newPassword) {
	}

	record ClientView(long id, String email, String firstName, String lastName, String phone, String language,
			boolean verified) {

		static ClientView of(ClientContact c) {
			return new ClientView(c.clientId(), c.email(), c.firstName(), c.lastName(), c.phone(), c.language(),
					c.verified());
		}

	}

	@PostMapping("/clients")
	ResponseEntity<ClientView> signUp(@Valid @RequestBody SignUpRequest request) {
		ClientContact client = management.register(new ClientManagement.SignUp(request.email(), request.password(),
				request.firstName(), request.lastName(), request.phone(), request.language()));
		return ResponseEntity.created(URI.create("/api/v1/me")).body(ClientView.of(client));
	}

	@GetMapping("/me")
	ClientView me(CurrentUser me) {
		requireClient(me);
		return ClientView.of(directory.contact(me.id()).orElseThrow(() -> new NotFound("client", me.id())));
	}

	@PatchMapping("/me")
	ClientView edit(CurrentUser me, @RequestBody DetailsRequest request) {
		requireClient(me);
		return ClientView.of(management.updateDetails(me.id(),
				new ClientManagement.Details(request.firstName(), request.lastName(), request.phone(),
						request.language(), request.email()),
				new ClientManagement.Confirmation(request.password(), request.totp())));
	}

	@PostMapping("/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(CurrentUser me, @Valid @RequestBody PasswordRequest request) {
		requireClient(me);
		management.changePassword(me.id(), request.currentPassword(), request.newPassword());
	}

	private static void requireClient(CurrentUser me) {
		if (me == null || !me.isClient()) {
			throw new BusinessException(HttpStatus.FORBIDDEN, "error.clients-only");
		}
	}

}
