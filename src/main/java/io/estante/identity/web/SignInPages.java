package io.estante.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The two sign-in forms; Spring Security processes their POSTs. */
@Controller
class SignInPages {

	@GetMapping("/login")
	String clientSignIn() {
		return "client/identity/login";
	}

	@GetMapping("/admin/login")
	String staffSignIn() {
		return "admin/identity/login";
	}

}
