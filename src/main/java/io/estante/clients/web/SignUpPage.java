package io.estante.clients.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import io.estante.clients.ClientManagement;
import io.estante.shared.BusinessException;

/** The public sign-up form; errors come back inline next to their field. */
@Controller
class SignUpPage {

	private final ClientManagement management;

	SignUpPage(ClientManagement management) {
		this.management = management;
	}

	public static class Form {

		public String email = "";

		public String password = "";

		public String firstName = "";

		public String lastName = "";

		public String phone = "";

		public String language = "es";

		public String getEmail() {
			return email;
		}

		public void setEmail(String v) {
			email = v;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String v) {
			password = v;
		}

		public String getFirstName() {
			return firstName;
		}

		public void setFirstName(String v) {
			firstName = v;
		}

		public String getLastName() {
			return lastName;
		}

		public void setLastName(String v) {
			lastName = v;
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(String v) {
			phone = v;
		}

		public String getLanguage() {
			return language;
		}

		public void setLanguage(String v) {
			language = v;
		}

	}

	@GetMapping("/signup")
	String form(Model model, java.util.Locale locale) {
		Form form = new Form();
		form.language = locale.getLanguage().equals("en") ? "en" : "es";
		model.addAttribute("form", form);
		return "client/clients/signup";
	}

	@PostMapping("/signup")
	String submit(@ModelAttribute("form") Form form, Model model, HttpServletRequest request) {
		try {
			management.register(new ClientManagement.SignUp(form.email, form.password, form.firstName, form.lastName,
					form.phone, form.language));
		}
		catch (BusinessException ex) {
			model.addAttribute("errorField", FormFields.of(ex));
			model.addAttribute("error", ex);
			form.password = "";
			return "client/clients/signup";
		}
		return "redirect:/login?registered";
	}

}
