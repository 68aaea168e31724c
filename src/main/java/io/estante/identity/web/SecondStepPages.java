package io.estante.identity.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.estante.identity.internal.SecondStep;
import io.estante.shared.security.AccountKind;

/**
 * The code page after a right password, for accounts with two-factor sign-in: one for
 * clients ({@code /login/code}), one for staff ({@code /admin/login/code}).
 */
@Controller
class SecondStepPages {

	private final SecondStep secondStep;

	SecondStepPages(SecondStep secondStep) {
		this.secondStep = secondStep;
	}

	@GetMapping("/login/code")
	String clientPage(HttpServletRequest request) {
		return secondStep.pending(request, AccountKind.CLIENT) ? "client/identity/code" : "redirect:/login";
	}

	@PostMapping("/login/code")
	String clientCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, ServletException {
		return complete(AccountKind.CLIENT, "/login", "client/identity/code", code, request, response, model);
	}

	@GetMapping("/admin/login/code")
	String staffPage(HttpServletRequest request) {
		return secondStep.pending(request, AccountKind.STAFF) ? "admin/identity/code" : "redirect:/admin/login";
	}

	@PostMapping("/admin/login/code")
	String staffCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, ServletException {
		return complete(AccountKind.STAFF, "/admin/login", "admin/identity/code", code, request, response, model);
	}

	private String complete(AccountKind kind, String loginPage, String view, String code, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, ServletException {
		return switch (secondStep.complete(request, response, kind, code)) {
			case SIGNED_IN -> null;
			case THROTTLED -> "redirect:" + loginPage + "?throttled";
			case EXPIRED -> "redirect:" + loginPage + "?expired";
			case WRONG_CODE -> {
				model.addAttribute("wrongCode", true);
				yield view;
			}
		};
	}

}
