package io.estante.notifications.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import io.estante.shared.i18n.Languages;

/**
 * The e-mail of an alert, HTML and plain text, in the client's language. A moment's texts
 * are messages ({@code notifications.moment.<moment>.subject}, {@code .body} with one
 * paragraph per line, {@code .action} for the link's button) with {@code {name}}
 * placeholders for the alert's values; the layout is
 * {@code templates/mail/notifications/}. The engine is private to mail so the web pages'
 * engine is untouched.
 */
@Component
public class MailComposer {

	public record Mail(String subject, String text, String html) {
	}

	private final MessageSource messages;

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	MailComposer(MessageSource messages) {
		this.messages = messages;
		engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
		engine.setTemplateEngineMessageSource(messages);
	}

	public Mail compose(String moment, String language, Map<String, String> values) {
		Locale locale = Languages.of(language);
		String prefix = "notifications.moment." + moment + ".";
		String subject = fill(text(prefix + "subject", "notifications.mail.generic.subject", locale), values);
		List<String> paragraphs = new ArrayList<>();
		for (String line : text(prefix + "body", "notifications.mail.generic.body", locale).split("\n")) {
			if (!line.isBlank()) {
				paragraphs.add(fill(line.trim(), values));
			}
		}
		String link = values.get("link");
		Context context = new Context(locale);
		context.setVariable("subject", subject);
		context.setVariable("paragraphs", paragraphs);
		context.setVariable("link", link == null || link.isBlank() ? null : link);
		context.setVariable("action",
				fill(text(prefix + "action", "notifications.mail.generic.action", locale), values));
		context.setVariable("firstName", values.getOrDefault("firstName", ""));
		context.setVariable("accountUrl", values.get("accountUrl"));
		context.setVariable("preferencesUrl", values.get("preferencesUrl"));
		return new Mail(subject, engine.process("mail/notifications/alert.txt", context),
				engine.process("mail/notifications/alert.html", context));
	}

	/** Replaces each {name} with the value of that name ("" when the alert has none). */
	static String fill(String text, Map<String, String> values) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			int open = text.indexOf('{', i);
			int close = open < 0 ? -1 : text.indexOf('}', open);
			if (open < 0 || close < 0) {
				out.append(text, i, text.length());
				break;
			}
			String name = text.substring(open + 1, close);
			out.append(text, i, open);
			if (name.matches("[A-Za-z][A-Za-z0-9]*")) {
				out.append(values.getOrDefault(name, ""));
			}
			else {
				out.append(text, open, close + 1);
			}
			i = close + 1;
		}
		return out.toString();
	}

	// Messages without arguments are read as written (no MessageFormat, so no '' needed).
	private String text(String key, String fallbackKey, Locale locale) {
		String text = messages.getMessage(key, null, null, locale);
		return text != null ? text : messages.getMessage(fallbackKey, null, fallbackKey, locale);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		resolver.setOrder(order);
		resolver.setCheckExistence(true);
		return resolver;
	}

}
