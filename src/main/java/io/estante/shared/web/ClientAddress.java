package io.estante.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The remote address of the current request: behind a trusted proxy, the forwarded one
 * ({@code server.forward-headers-strategy=native}, trusted proxies in
 * {@code server.tomcat.remoteip.internal-proxies}). "system" outside a request.
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return of(attributes.getRequest());
		}
		return "system";
	}

	public static String of(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

}
