package io.estante.clients.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import io.estante.clients.WeakPassword;

/**
 * NIST SP 800-63B style: a minimum length and a check against a list of the most common
 * passwords (shipped in {@code passwords/common.txt}), no composition rules.
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("passwords/common.txt").getInputStream(), StandardCharsets.UTF_8))) {
			common = reader.lines()
				.map(String::trim)
				.filter(line -> !line.isEmpty())
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void check(String password, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new WeakPassword("clients.password.too-short", MIN_LENGTH);
		}
		if (password.length() > MAX_LENGTH) {
			throw new WeakPassword("clients.password.too-long", MAX_LENGTH);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower) || (email != null && lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0]))
				|| lower.chars().distinct().count() < 4) {
			throw new WeakPassword("clients.password.common");
		}
	}

}
