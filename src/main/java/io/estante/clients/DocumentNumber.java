package io.estante.clients;

import java.util.Locale;

import org.springframework.http.HttpStatus;

import io.estante.shared.BusinessException;

/**
 * An identity document number (DNI, CUIT, passport) in one canonical form, so the same
 * document typed as "20.123.456", "20 123 456" or "20-123-456" is one document: trimmed,
 * upper-cased, without dots, spaces, dashes or slashes; 5 to 20 letters and digits.
 */
public record DocumentNumber(String value) {

	public DocumentNumber {
		if (value == null || !value.matches("[A-Z0-9]{5,20}")) {
			throw new IllegalArgumentException("Not a normalised document number: " + value);
		}
	}

	/** Normalises what staff typed; {@code clients.document.invalid} (400) otherwise. */
	public static DocumentNumber parse(String input) {
		String normalised = input == null ? "" : input.trim().toUpperCase(Locale.ROOT).replaceAll("[.\\s\\-/]", "");
		if (!normalised.matches("[A-Z0-9]{5,20}")) {
			throw new BusinessException(HttpStatus.BAD_REQUEST, "clients.document.invalid");
		}
		return new DocumentNumber(normalised);
	}

	@Override
	public String toString() {
		return value;
	}

}
