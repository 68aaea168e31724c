package io.estante.shared.security;

import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Access to the signed-in user outside controllers, and the controller argument resolver.
 */
@Configuration(proxyBeanMethods = false)
public class CurrentUsers implements WebMvcConfigurer {

	/** The signed-in user of this thread's request, if any. */
	public static Optional<CurrentUser> current() {
		return Optional.ofNullable(CurrentUserArgumentResolver.current());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentUserArgumentResolver());
	}

}
