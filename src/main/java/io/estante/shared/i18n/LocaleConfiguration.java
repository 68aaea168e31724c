package io.estante.shared.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Spanish first, English by choice. Each module keeps its own bundle under {@code i18n/}
 * ({@code i18n/billing.properties} is Spanish, {@code i18n/billing_en.properties}
 * English); all are found at start, so adding a module never means editing a shared file.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration implements WebMvcConfigurer {

	public static final Locale SPANISH = Locale.forLanguageTag("es");

	public static final List<Locale> SUPPORTED = List.of(SPANISH, Locale.ENGLISH);

	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(bundleBasenames());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(SPANISH);
		source.setCacheSeconds(-1);
		return source;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("estante-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver
			.setDefaultLocaleFunction(request -> Languages.fromAcceptLanguage(request.getHeader("Accept-Language")));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}

	static String[] bundleBasenames() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:i18n/*.properties");
			return Arrays.stream(resources)
				.map(Resource::getFilename)
				.filter(name -> name != null && !name.matches(".*_[a-z]{2}\\.properties"))
				.map(name -> "classpath:i18n/" + name.substring(0, name.length() - ".properties".length()))
				.distinct()
				.sorted()
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
