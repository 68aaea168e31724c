package io.estante.identity.internal;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;

import io.estante.shared.security.AccountKind;
import io.estante.shared.web.Problems;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security rules of every area, one filter chain each: the API (bearer tokens, no
 * session, no CSRF), webhooks and health (their own signatures), the admin area (staff
 * form sign-in) and everything else (the client area and public pages, client form
 * sign-in). Sessions live in the database (Spring Session JDBC); the session id changes
 * at sign-in.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Argon2id for new hashes; bcrypt hashes (as other billing systems export them) still
	 * verify.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		var encoders = new java.util.HashMap<String, PasswordEncoder>();
		encoders.put("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		encoders.put("bcrypt", new BCryptPasswordEncoder());
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", encoders);
		encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
		return encoder;
	}

	/**
	 * No observation around each security filter: under load they cost more CPU than the
	 * filters themselves, and the HTTP server's own metrics
	 * ({@code http.server.requests}) already time every request.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiSessions sessions, Problems problems, JsonMapper json,
			LocaleResolver locales, AccessRefusals refusals, StaffAccounts staff, SecuritySettings settings,
			TwoFactorManagement twoFactor) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(sessions), AnonymousAuthenticationFilter.class)
			.addFilterBefore(new StaffSessionFilter(staff, settings, twoFactor,
					(request, response) -> writeProblem(response, problems, json, locales.resolveLocale(request),
							HttpStatus.FORBIDDEN, "two-factor.enrolment-required")),
					AuthorizationFilter.class)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.POST, "/api/v1/sessions", "/api/v1/clients", "/api/v1/password-resets",
						"/api/v1/password-resets/confirmation")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/products", "/api/v1/products/*", "/api/v1/openapi",
						"/api/v1/openapi/**")
				.permitAll()
				.requestMatchers("/api/v1/admin/**")
				.hasRole("STAFF")
				.anyRequest()
				.authenticated())
			.exceptionHandling(ex -> ex
				.authenticationEntryPoint((request, response, e) -> writeProblem(response, problems, json,
						locales.resolveLocale(request), HttpStatus.UNAUTHORIZED, "error.unauthenticated"))
				.accessDeniedHandler((request, response, e) -> {
					refusals.record(request, e);
					writeProblem(response, problems, json, locales.resolveLocale(request), HttpStatus.FORBIDDEN,
							"error.forbidden");
				}));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain machines(HttpSecurity http) throws Exception {
		http.securityMatcher("/webhooks/**", "/actuator/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain adminArea(HttpSecurity http, SignIn signIn, SecondStep secondStep, AccessRefusals refusals,
			StaffAccounts staff, SecuritySettings settings, TwoFactorManagement twoFactor) throws Exception {
		http.securityMatcher("/admin/**")
			.authenticationManager(new ProviderManager(new AccountAuthenticationProvider(AccountKind.STAFF, signIn)))
			.addFilterBefore(new StaffSessionFilter(staff, settings, twoFactor, null), AuthorizationFilter.class)
			.authorizeHttpRequests(auth -> auth.requestMatchers("/admin/login", "/admin/login/code")
				.permitAll()
				.anyRequest()
				.hasRole("STAFF"))
			.exceptionHandling(ex -> ex.accessDeniedHandler(pageRefusal(refusals)))
			.formLogin(form -> form.loginPage("/admin/login")
				.defaultSuccessUrl("/admin", false)
				.failureHandler(new SignInFailureHandler("/admin/login", secondStep))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"));
		return http.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain clientArea(HttpSecurity http, SignIn signIn, SecondStep secondStep, AccessRefusals refusals)
			throws Exception {
		http.authenticationManager(new ProviderManager(new AccountAuthenticationProvider(AccountKind.CLIENT, signIn)))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/", "/login", "/login/code", "/signup", "/password-reset/**", "/css/**", "/js/**",
						"/img/**", "/webjars/**", "/favicon.ico", "/error", "/lang")
				.permitAll()
				.requestMatchers("/client/**")
				.hasRole("CLIENT")
				.anyRequest()
				.authenticated())
			.exceptionHandling(ex -> ex.accessDeniedHandler(pageRefusal(refusals)))
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/client", false)
				.failureHandler(new SignInFailureHandler("/login", secondStep))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
		return http.build();
	}

	/** Pages: the refusal is audited and answered by the 403 error page. */
	private static AccessDeniedHandler pageRefusal(AccessRefusals refusals) {
		return (request, response, e) -> {
			refusals.record(request, e);
			response.sendError(HttpStatus.FORBIDDEN.value());
		};
	}

	private static void writeProblem(jakarta.servlet.http.HttpServletResponse response, Problems problems,
			JsonMapper json, Locale locale, HttpStatus status, String key) throws java.io.IOException {
		ProblemDetail problem = problems.ofKey(status, key, locale);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
