package io.estante.identity.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import io.estante.shared.security.AccountKind;
import io.estante.shared.security.EstantePrincipal;

/**
 * For signed-in staff on every request: a deactivated member is signed out and a changed
 * role applies at once (web sessions keep the principal of their sign-in), and when the
 * owner requires two-factor sign-in, staff without it reach only the enrolment page (the
 * API answers 403 except for the enrolment endpoints).
 */
class StaffSessionFilter extends OncePerRequestFilter {

	static final String ENROLMENT_PAGE = "/admin/account/security";

	private static final List<String> OPEN_WITHOUT_SECOND_FACTOR = List.of(ENROLMENT_PAGE, "/admin/logout",
			"/admin/login", "/api/v1/me/two-factor", "/api/v1/sessions");

	private final StaffAccounts staff;

	private final SecuritySettings settings;

	private final TwoFactorManagement twoFactor;

	private final WriteRefusal refuseApi;

	interface WriteRefusal {

		void write(HttpServletRequest request, HttpServletResponse response) throws IOException;

	}

	/** {@code refuseApi} null: a page chain, which redirects to the enrolment page. */
	StaffSessionFilter(StaffAccounts staff, SecuritySettings settings, TwoFactorManagement twoFactor,
			WriteRefusal refuseApi) {
		this.staff = staff;
		this.settings = settings;
		this.twoFactor = twoFactor;
		this.refuseApi = refuseApi;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof EstantePrincipal signedIn)
				|| !signedIn.user().isStaff()) {
			chain.doFilter(request, response);
			return;
		}
		long id = signedIn.user().id();
		Optional<EstantePrincipal> fresh = staff.byId(id).filter(EstantePrincipal::isEnabled);
		if (fresh.isEmpty()) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null && refuseApi == null) {
				session.invalidate();
			}
			chain.doFilter(request, response);
			return;
		}
		if (!fresh.get().user().equals(signedIn.user())) {
			EstantePrincipal current = fresh.get();
			current.eraseCredentials();
			SecurityContextHolder.getContext()
				.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities()));
		}
		if (!open(request) && settings.staffTwoFactorRequired() && !twoFactor.enrolled(AccountKind.STAFF, id)) {
			if (refuseApi != null) {
				refuseApi.write(request, response);
			}
			else {
				response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE + "?required");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean open(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN_WITHOUT_SECOND_FACTOR.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))
				|| path.startsWith("/error");
	}

}
