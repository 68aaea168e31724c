package io.estante.identity.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.estante.identity.internal.SecuritySettings;
import io.estante.identity.internal.StaffAccounts;
import io.estante.identity.internal.StaffManagement;
import io.estante.identity.internal.TwoFactorManagement;
import io.estante.shared.security.AccountKind;
import io.estante.shared.security.CurrentUser;

/**
 * Staff management for owners ({@code staff:manage}): {@code /api/v1/admin/staff} and the
 * company's security settings.
 */
@RestController
@RequestMapping("/api/v1/admin")
@PreAuthorize("hasAuthority('staff:manage')")
class StaffApi {

	private final StaffManagement management;

	private final StaffAccounts staff;

	private final TwoFactorManagement twoFactor;

	private final SecuritySettings settings;

	StaffApi(StaffManagement management, StaffAccounts staff, TwoFactorManagement twoFactor,
			SecuritySettings settings) {
		this.management = management;
		this.staff = staff;
		this.twoFactor = twoFactor;
		this.settings = settings;
	}

	record NewStaff(@NotBlank String email, @NotBlank String name, @NotBlank String role, @NotBlank String password) {
	}

	record RoleChange(@NotBlank String role) {
	}

	record Reason(@NotBlank String reason) {
	}

	record Settings(@NotNull Boolean staffTwoFactorRequired) {
	}

	record StaffView(long id, String email, String name, String role, boolean active, boolean twoFactor) {
	}

	@GetMapping("/staff")
	List<StaffView> list() {
		return staff.all().stream().map(this::view).toList();
	}

	@PostMapping("/staff")
	ResponseEntity<StaffView> add(@Valid @RequestBody NewStaff request) {
		var member = management.add(request.email(), request.name(), request.role(), request.password());
		return ResponseEntity.created(URI.create("/api/v1/admin/staff/" + member.id())).body(view(member));
	}

	@PutMapping("/staff/{id}/role")
	StaffView changeRole(@PathVariable long id, @Valid @RequestBody RoleChange request) {
		return view(management.changeRole(id, request.role()));
	}

	@PostMapping("/staff/{id}/deactivation")
	StaffView deactivate(@PathVariable long id) {
		return view(management.setActive(id, false));
	}

	@PostMapping("/staff/{id}/activation")
	StaffView activate(@PathVariable long id) {
		return view(management.setActive(id, true));
	}

	/** A member who lost its phone and recovery codes enrols again. */
	@PostMapping("/staff/{id}/two-factor/reset")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void resetTwoFactor(@PathVariable long id, @Valid @RequestBody Reason request) {
		twoFactor.reset(AccountKind.STAFF, id, request.reason());
	}

	@GetMapping("/security-settings")
	Settings settings() {
		return new Settings(settings.staffTwoFactorRequired());
	}

	@PutMapping("/security-settings")
	Settings changeSettings(CurrentUser me, @Valid @RequestBody Settings request) {
		settings.requireStaffTwoFactor(request.staffTwoFactorRequired(), me.id());
		return settings();
	}

	private StaffView view(StaffAccounts.Member member) {
		return new StaffView(member.id(), member.email(), member.name(), member.role().name(), member.active(),
				twoFactor.enrolled(AccountKind.STAFF, member.id()));
	}

}
