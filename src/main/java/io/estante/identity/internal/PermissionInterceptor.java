package io.estante.identity.internal;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks a handler's {@code @PreAuthorize} before its arguments are read: a role without
 * the permission gets 403 whatever it sends, never a validation error that would tell it
 * about the endpoint. Method security still checks again at the call. Rules that use the
 * method's arguments ({@code #id}) are left to method security alone.
 */
class PermissionInterceptor implements HandlerInterceptor {

	private final PreAuthorizeAuthorizationManager manager = new PreAuthorizeAuthorizationManager();

	/** Each handler's rule, looked up once (annotations do not change at run time). */
	private final Map<Method, Optional<PreAuthorize>> rules = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		PreAuthorize rule = rules.computeIfAbsent(method.getMethod(), m -> Optional.ofNullable(rule(method)))
			.orElse(null);
		if (rule == null || rule.value().contains("#")) {
			return true;
		}
		AuthorizationResult result = manager.authorize(() -> SecurityContextHolder.getContext().getAuthentication(),
				new SimpleMethodInvocation(method.getBean(), method.getMethod()));
		if (result != null && !result.isGranted()) {
			throw new AuthorizationDeniedException("Requires " + rule.value(), result);
		}
		return true;
	}

	static PreAuthorize rule(HandlerMethod method) {
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
		return rule != null ? rule
				: AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
	}

}
