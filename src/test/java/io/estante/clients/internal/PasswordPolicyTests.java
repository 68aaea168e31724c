package io.estante.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.estante.clients.WeakPassword;

/** Length and the common-password list, no composition rules; and the search keys. */
class PasswordPolicyTests {

	final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void tooShortAndTooLongAreRefused() {
		assertThatThrownBy(() -> policy.check("abc-123-x", "ana@example.com")).isInstanceOf(WeakPassword.class)
			.hasMessage("clients.password.too-short");
		assertThatThrownBy(() -> policy.check("x".repeat(129), null)).hasMessage("clients.password.too-long");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password123", "1234567890", "qwertyuiop", "aaaaaaaaaaaa", "ana.perez-2026!" })
	void commonOrGuessablePasswordsAreRefused(String password) {
		assertThatThrownBy(() -> policy.check(password, "ana.perez@example.com")).isInstanceOf(WeakPassword.class)
			.hasMessage("clients.password.common");
	}

	@Test
	void aLongUncommonPassphraseIsAccepted() {
		assertThatCode(() -> policy.check("mate amargo en la terraza", "ana@example.com")).doesNotThrowAnyException();
	}

	@Test
	void searchKeysIgnoreAccentsCaseAndSpaces() {
		assertThat(SearchKeys.name("  María José ", "Núñez  Peña")).isEqualTo("maria jose nunez pena");
		assertThat(SearchKeys.lastName("Ñandú")).isEqualTo("nandu");
	}

}
