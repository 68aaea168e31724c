package io.estante.identity.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.estante.identity.internal.QrCodes;
import io.estante.identity.internal.TwoFactorManagement;
import io.estante.shared.BusinessException;
import io.estante.shared.security.CurrentUser;

/**
 * The security page of each area: turn two-factor sign-in on (QR code, secret, first
 * code, recovery codes shown once) or off (password and a code). Clients at
 * {@code /client/security}, staff at {@code /admin/account/security}.
 */
@Controller
class TwoFactorPages {

	private final TwoFactorManagement twoFactor;

	private final MessageSource messages;

	TwoFactorPages(TwoFactorManagement twoFactor, MessageSource messages) {
		this.twoFactor = twoFactor;
		this.messages = messages;
	}

	@GetMapping("/client/security")
	String clientPage(CurrentUser me, Model model) {
		return page(me, model, "client");
	}

	@PostMapping("/client/security/enrolment")
	String clientStart(CurrentUser me, Model model) {
		return start(me, model, "client");
	}

	@PostMapping("/client/security/confirmation")
	String clientConfirm(CurrentUser me, @RequestParam(defaultValue = "") String code, Model model) {
		return confirm(me, code, model, "client");
	}

	@PostMapping("/client/security/deactivation")
	String clientDisable(CurrentUser me, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String code, Model model, RedirectAttributes redirect, Locale locale) {
		return disable(me, password, code, model, redirect, locale, "client", "/client/security");
	}

	@GetMapping("/admin/account/security")
	@PreAuthorize("hasRole('STAFF')")
	String staffPage(CurrentUser me, Model model) {
		return page(me, model, "admin");
	}

	@PostMapping("/admin/account/security/enrolment")
	@PreAuthorize("hasRole('STAFF')")
	String staffStart(CurrentUser me, Model model) {
		return start(me, model, "admin");
	}

	@PostMapping("/admin/account/security/confirmation")
	@PreAuthorize("hasRole('STAFF')")
	String staffConfirm(CurrentUser me, @RequestParam(defaultValue = "") String code, Model model) {
		return confirm(me, code, model, "admin");
	}

	@PostMapping("/admin/account/security/deactivation")
	@PreAuthorize("hasRole('STAFF')")
	String staffDisable(CurrentUser me, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String code, Model model, RedirectAttributes redirect, Locale locale) {
		return disable(me, password, code, model, redirect, locale, "admin", "/admin/account/security");
	}

	private String page(CurrentUser me, Model model, String area) {
		boolean enabled = twoFactor.enrolled(me.kind(), me.id());
		model.addAttribute("enabled", enabled);
		model.addAttribute("area", area);
		model.addAttribute("base", area.equals("admin") ? "/admin/account/security" : "/client/security");
		if (enabled) {
			model.addAttribute("recoveryCodesLeft", twoFactor.recoveryCodesLeft(me.kind(), me.id()));
		}
		return area + "/identity/security";
	}

	private String start(CurrentUser me, Model model, String area) {
		try {
			showEnrolment(model, twoFactor.start(me.kind(), me.id()));
		}
		catch (BusinessException ex) {
			model.addAttribute("error", ex);
		}
		return page(me, model, area);
	}

	private String confirm(CurrentUser me, String code, Model model, String area) {
		try {
			model.addAttribute("recoveryCodes", twoFactor.confirm(me.kind(), me.id(), code));
		}
		catch (BusinessException ex) {
			model.addAttribute("error", ex);
			twoFactor.pending(me.kind(), me.id()).ifPresent(enrolment -> showEnrolment(model, enrolment));
		}
		return page(me, model, area);
	}

	private String disable(CurrentUser me, String password, String code, Model model, RedirectAttributes redirect,
			Locale locale, String area, String back) {
		try {
			twoFactor.disable(me.kind(), me.id(), password, code);
		}
		catch (BusinessException ex) {
			model.addAttribute("error", ex);
			return page(me, model, area);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("security.disabled", null, locale));
		return "redirect:" + back;
	}

	private static void showEnrolment(Model model, TwoFactorManagement.Enrolment enrolment) {
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("qr", QrCodes.svg(enrolment.otpauthUri()));
	}

}
