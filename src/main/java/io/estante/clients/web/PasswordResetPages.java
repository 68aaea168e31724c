package io.estante.clients.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.estante.clients.PasswordReset;
import io.estante.clients.ResetLinkInvalid;
import io.estante.shared.BusinessException;

/**
 * The public pages of a password reset: ask for a link (the answer never tells whether
 * the e-mail has an account), then choose a new password with the link of the e-mail.
 */
@Controller
class PasswordResetPages {

	private final PasswordReset reset;

	PasswordResetPages(PasswordReset reset) {
		this.reset = reset;
	}

	@GetMapping("/password-reset")
	String ask() {
		return "client/clients/reset-request";
	}

	@PostMapping("/password-reset")
	String asked(@RequestParam(defaultValue = "") String email, Model model) {
		reset.request(email.trim());
		model.addAttribute("sent", true);
		return "client/clients/reset-request";
	}

	@GetMapping("/password-reset/{token}")
	String choose(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", reset.isUsable(token));
		return "client/clients/reset-choose";
	}

	@PostMapping("/password-reset/{token}")
	String chosen(@PathVariable String token, @RequestParam(defaultValue = "") String newPassword,
			@RequestParam(defaultValue = "") String repeatPassword, Model model) {
		model.addAttribute("token", token);
		try {
			if (!newPassword.equals(repeatPassword)) {
				throw new BusinessException(org.springframework.http.HttpStatus.BAD_REQUEST,
						"account.password.mismatch");
			}
			reset.complete(token, newPassword);
		}
		catch (ResetLinkInvalid ex) {
			model.addAttribute("usable", false);
			return "client/clients/reset-choose";
		}
		catch (BusinessException ex) {
			model.addAttribute("usable", true);
			model.addAttribute("errorField", "newPassword");
			model.addAttribute("error", ex);
			return "client/clients/reset-choose";
		}
		return "redirect:/login?reset";
	}

}
