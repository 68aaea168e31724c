package io.estante.clients.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.estante.clients.ClientContact;
import io.estante.clients.ClientDirectory;
import io.estante.clients.ClientManagement;
import io.estante.shared.BusinessException;
import io.estante.shared.NotFound;
import io.estante.shared.i18n.Languages;
import io.estante.shared.security.CurrentUser;

/**
 * "Mi cuenta": the client edits its details (phone stored in E.164, language, which also
 * becomes the interface's) and changes its password (the current one required). Refusals
 * come back inline next to their field.
 */
@Controller
class ClientAccountController {

	private final ClientManagement management;

	private final ClientDirectory directory;

	private final LocaleResolver locales;

	private final MessageSource messages;

	ClientAccountController(ClientManagement management, ClientDirectory directory, LocaleResolver locales,
			MessageSource messages) {
		this.management = management;
		this.directory = directory;
		this.locales = locales;
		this.messages = messages;
	}

	/**
	 * {@code confirmPassword} and {@code confirmCode}: asked again when the phone changes
	 * (the code only once the client uses two-factor sign-in).
	 */
	record DetailsForm(String firstName, String lastName, String phone, String language, String confirmPassword,
			String confirmCode) {

		static DetailsForm of(ClientContact c) {
			return new DetailsForm(c.firstName(), c.lastName(), c.phone() == null ? "" : c.phone(), c.language(), "",
					"");
		}

	}

	record PasswordForm(String currentPassword, String newPassword, String repeatPassword) {
	}

	@GetMapping("/client/account")
	String page(CurrentUser me, Model model) {
		ClientContact client = directory.contact(me.id()).orElseThrow(() -> new NotFound("client", me.id()));
		model.addAttribute("client", client);
		if (!model.containsAttribute("details")) {
			model.addAttribute("details", DetailsForm.of(client));
		}
		return "client/clients/account";
	}

	@PostMapping("/client/account/details")
	String details(CurrentUser me, @ModelAttribute("details") DetailsForm form, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		ClientContact saved;
		try {
			saved = management.updateDetails(me.id(),
					new ClientManagement.Details(form.firstName(), form.lastName(), form.phone(), form.language()),
					new ClientManagement.Confirmation(form.confirmPassword(), form.confirmCode()));
		}
		catch (BusinessException ex) {
			String field = ex.status() == org.springframework.http.HttpStatus.FORBIDDEN ? "confirmPassword"
					: FormFields.of(ex);
			return failed(me, model, ex, field);
		}
		Locale locale = Languages.of(saved.language());
		locales.setLocale(request, response, locale);
		redirect.addFlashAttribute("flash", messages.getMessage("account.saved", null, locale));
		return "redirect:/client/account";
	}

	@PostMapping("/client/account/password")
	String password(CurrentUser me, @ModelAttribute PasswordForm form, Model model, RedirectAttributes redirect,
			Locale locale) {
		try {
			if (form.newPassword() == null || !form.newPassword().equals(form.repeatPassword())) {
				throw new BusinessException(org.springframework.http.HttpStatus.BAD_REQUEST,
						"account.password.mismatch");
			}
			management.changePassword(me.id(), form.currentPassword(), form.newPassword());
		}
		catch (BusinessException ex) {
			String field = ex.messageKey().equals("clients.password.wrong") ? "currentPassword" : "newPassword";
			return failed(me, model, ex, field);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("account.password.changed", null, locale));
		return "redirect:/client/account";
	}

	private String failed(CurrentUser me, Model model, BusinessException ex, String field) {
		model.addAttribute("errorField", field);
		model.addAttribute("error", ex);
		return page(me, model);
	}

}
