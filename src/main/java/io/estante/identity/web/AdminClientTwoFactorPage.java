package io.estante.identity.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.estante.identity.internal.TwoFactorManagement;
import io.estante.shared.BusinessException;
import io.estante.shared.security.AccountKind;
import io.estante.shared.web.DateDisplay;

/**
 * The reset button on the staff's client page: removes the client's second factor with
 * the reason typed (audited; the client is alerted).
 */
@Controller
class AdminClientTwoFactorPage {

	private final TwoFactorManagement twoFactor;

	private final MessageSource messages;

	private final DateDisplay dates;

	AdminClientTwoFactorPage(TwoFactorManagement twoFactor, MessageSource messages, DateDisplay dates) {
		this.twoFactor = twoFactor;
		this.messages = messages;
		this.dates = dates;
	}

	@PostMapping("/admin/clients/{id}/two-factor/reset")
	@PreAuthorize("hasAuthority('clients:write')")
	String reset(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect,
			Locale locale) {
		try {
			AdminStaffPages.requireReason(reason);
			twoFactor.reset(AccountKind.CLIENT, id, reason);
			redirect.addFlashAttribute("flash", messages.getMessage("staff.two-factor.reset", null, locale));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("flash",
					messages.getMessage(ex.messageKey(), dates.arguments(ex.arguments()), locale));
		}
		return "redirect:/admin/clients/" + id;
	}

}
