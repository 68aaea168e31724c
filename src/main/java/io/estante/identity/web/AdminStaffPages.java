package io.estante.identity.web;

import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.estante.identity.StaffRole;
import io.estante.identity.internal.SecuritySettings;
import io.estante.identity.internal.StaffAccounts;
import io.estante.identity.internal.StaffManagement;
import io.estante.identity.internal.TwoFactorManagement;
import io.estante.shared.BusinessException;
import io.estante.shared.security.AccountKind;
import io.estante.shared.security.CurrentUser;
import io.estante.shared.web.DateDisplay;

/**
 * The owners' staff page ({@code /admin/staff}): add members, change roles, deactivate,
 * reset a member's second factor, and require two-factor sign-in for all staff. Each
 * action answers with a message on the same page.
 */
@Controller
@RequestMapping("/admin/staff")
@PreAuthorize("hasAuthority('staff:manage')")
class AdminStaffPages {

	private final StaffAccounts staff;

	private final StaffManagement management;

	private final TwoFactorManagement twoFactor;

	private final SecuritySettings settings;

	private final MessageSource messages;

	private final DateDisplay dates;

	AdminStaffPages(StaffAccounts staff, StaffManagement management, TwoFactorManagement twoFactor,
			SecuritySettings settings, MessageSource messages, DateDisplay dates) {
		this.staff = staff;
		this.management = management;
		this.twoFactor = twoFactor;
		this.settings = settings;
		this.messages = messages;
		this.dates = dates;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("members", staff.all());
		model.addAttribute("enrolled",
				staff.all()
					.stream()
					.filter(m -> twoFactor.enrolled(AccountKind.STAFF, m.id()))
					.map(StaffAccounts.Member::id)
					.toList());
		model.addAttribute("roles", StaffRole.values());
		model.addAttribute("required", settings.staffTwoFactorRequired());
		return "admin/identity/staff";
	}

	@PostMapping
	String add(@RequestParam String email, @RequestParam String name, @RequestParam String role,
			@RequestParam String password, RedirectAttributes redirect, Locale locale) {
		return act(() -> management.add(email, name, role, password), "staff.added", redirect, locale);
	}

	@PostMapping("/{id}/role")
	String role(@PathVariable long id, @RequestParam String role, RedirectAttributes redirect, Locale locale) {
		return act(() -> management.changeRole(id, role), "staff.saved", redirect, locale);
	}

	@PostMapping("/{id}/deactivation")
	String deactivate(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		return act(() -> management.setActive(id, false), "staff.saved", redirect, locale);
	}

	@PostMapping("/{id}/activation")
	String activate(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		return act(() -> management.setActive(id, true), "staff.saved", redirect, locale);
	}

	@PostMapping("/{id}/two-factor/reset")
	String reset(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect,
			Locale locale) {
		return act(() -> {
			requireReason(reason);
			twoFactor.reset(AccountKind.STAFF, id, reason);
			return null;
		}, "staff.two-factor.reset", redirect, locale);
	}

	@PostMapping("/settings")
	String settings(CurrentUser me, @RequestParam(defaultValue = "false") boolean staffTwoFactorRequired,
			RedirectAttributes redirect, Locale locale) {
		return act(() -> {
			settings.requireStaffTwoFactor(staffTwoFactorRequired, me.id());
			return null;
		}, "staff.saved", redirect, locale);
	}

	static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessException(org.springframework.http.HttpStatus.BAD_REQUEST, "two-factor.reason.required");
		}
	}

	private String act(Supplier<?> action, String doneKey, RedirectAttributes redirect, Locale locale) {
		try {
			action.get();
			redirect.addFlashAttribute("flash", messages.getMessage(doneKey, null, locale));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("flash",
					messages.getMessage(ex.messageKey(), dates.arguments(ex.arguments()), locale));
		}
		return "redirect:/admin/staff";
	}

}
