package io.estante.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin area's landing page. */
@Controller
class AdminHome {

	@GetMapping("/admin")
	@PreAuthorize("hasRole('STAFF')")
	String home() {
		return "admin/dashboard";
	}

}
