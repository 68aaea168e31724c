package io.estante.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.estante.identity.internal.StaffAccounts;
import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.WebSession;

/**
 * Every admin page and {@code /api/v1/admin} endpoint, found at run time, against every
 * staff role. A handler without a permission rule fails the test; a role the rule does
 * not grant gets 403 over HTTP, whatever it sends, and the refusal is audited; a granted
 * role reading (GET) is never refused. Granted writes are not sent: they would change
 * data other tests read; the rule's evaluation for them is the one the refusals prove.
 */
@EstanteIntegrationTest
class AdminPermissionTableTests {

	/** Pages anyone may open: the staff sign-in form and its code step. */
	private static final Set<String> PUBLIC = Set.of("/admin/login", "/admin/login/code");

	private static final String MISSING_ID = "2147483000";

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	record Endpoint(String method, String pattern, HandlerMethod handler, PreAuthorize rule) {

		boolean api() {
			return pattern.startsWith("/api/");
		}

		String path() {
			return pattern.replaceAll("\\{[^}]+}", MISSING_ID);
		}

		@Override
		public String toString() {
			return method + " " + pattern + " (" + handler.getBeanType().getSimpleName() + "."
					+ handler.getMethod().getName() + ")";
		}

	}

	@Test
	void everyAdminHandlerHasAPermissionRule() {
		List<String> unguarded = endpoints().stream()
			.filter(e -> e.rule() == null && !PUBLIC.contains(e.pattern()))
			.map(Endpoint::toString)
			.toList();
		assertThat(endpoints()).hasSizeGreaterThan(20);
		assertThat(unguarded).as("admin handlers without @PreAuthorize").isEmpty();
	}

	@Test
	void eachRoleIsRefusedWhereItsPermissionsEndAndAllowedToReadWhereTheyReach() {
		Map<StaffRole, StaffSupport.Member> members = new EnumMap<>(StaffRole.class);
		Map<StaffRole, WebSession> pages = new EnumMap<>(StaffRole.class);
		for (StaffRole role : StaffRole.values()) {
			StaffSupport.Member member = StaffSupport.add(port, role);
			members.put(role, member);
			pages.put(role, WebSession.staff(port, member.email(), member.password()));
		}
		List<String> wrong = new ArrayList<>();
		int refusals = 0;
		for (Endpoint endpoint : endpoints()) {
			if (endpoint.rule() == null) {
				continue;
			}
			for (StaffRole role : StaffRole.values()) {
				boolean granted = grants(endpoint, role);
				if (granted && !endpoint.method().equals("GET")) {
					continue;
				}
				int status = call(endpoint, members.get(role).api(), pages.get(role));
				if (granted ? status == 403 : status != 403) {
					wrong.add(role + " -> " + endpoint + ": " + status + (granted ? " (granted)" : " (not granted)"));
				}
				refusals += granted ? 0 : 1;
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(refusals).as("the table refuses something").isGreaterThan(20);
		Set<Long> refused = new TreeSet<>(
				jdbc.sql("select actor_id from audit_entry where action = 'ACCESS_DENIED'").query(Long.class).list());
		assertThat(refused).contains(members.get(StaffRole.READ_ONLY).id(), members.get(StaffRole.SUPPORT).id(),
				members.get(StaffRole.BILLING).id());
	}

	@Test
	void theRoleTableMatchesTheIssue() {
		assertThat(grantsAuthority(StaffRole.OWNER, "staff:manage")).isTrue();
		assertThat(grantsAuthority(StaffRole.BILLING, "billing:write")).isTrue();
		assertThat(grantsAuthority(StaffRole.BILLING, "automation:run")).isTrue();
		assertThat(grantsAuthority(StaffRole.BILLING, "staff:manage")).isFalse();
		assertThat(grantsAuthority(StaffRole.SUPPORT, "clients:write")).isTrue();
		assertThat(grantsAuthority(StaffRole.SUPPORT, "services:write")).isTrue();
		assertThat(grantsAuthority(StaffRole.SUPPORT, "billing:read")).isTrue();
		assertThat(grantsAuthority(StaffRole.SUPPORT, "billing:write")).isFalse();
		for (String permission : StaffAccounts.permissionsOf(StaffRole.READ_ONLY)) {
			assertThat(permission).endsWith(":read");
		}
	}

	private int call(Endpoint endpoint, ApiClient api, WebSession page) {
		if (endpoint.api()) {
			return switch (endpoint.method()) {
				case "GET" -> api.get(endpoint.path()).status();
				case "DELETE" -> api.delete(endpoint.path()).status();
				case "PUT" -> api.put(endpoint.path(), "{}").status();
				case "PATCH" -> api.patch(endpoint.path(), "{}").status();
				default -> api.post(endpoint.path(), "{}").status();
			};
		}
		return endpoint.method().equals("GET") ? page.get(endpoint.path()).status()
				: page.post(endpoint.path(), Map.of()).status();
	}

	private static boolean grants(Endpoint endpoint, StaffRole role) {
		var authorities = new ArrayList<>(StaffAccounts.permissionsOf(role));
		authorities.add("ROLE_STAFF");
		Authentication staff = UsernamePasswordAuthenticationToken.authenticated(role.name(), null,
				AuthorityUtils.createAuthorityList(authorities));
		var decision = new PreAuthorizeAuthorizationManager().authorize(() -> staff,
				new SimpleMethodInvocation(endpoint.handler().getBean(), endpoint.handler().getMethod()));
		return decision == null || decision.isGranted();
	}

	private static boolean grantsAuthority(StaffRole role, String permission) {
		return StaffAccounts.permissionsOf(role).contains(permission);
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			HandlerMethod resolved = handler.getBean() instanceof String ? handler.createWithResolvedBean() : handler;
			PreAuthorize rule = rule(resolved);
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.equals("/admin") && !pattern.startsWith("/admin/")
						&& !pattern.startsWith("/api/v1/admin/")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(method.name(), pattern, resolved, rule));
				}
			}
		});
		return endpoints;
	}

	private static PreAuthorize rule(HandlerMethod handler) {
		PreAuthorize rule = org.springframework.core.annotation.AnnotatedElementUtils
			.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
		return rule != null ? rule : org.springframework.core.annotation.AnnotatedElementUtils
			.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
	}

}
