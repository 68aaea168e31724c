package io.estante.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.estante.shared.BusinessException;

/** Phones to E.164 (Argentine habits included) and document numbers to one form. */
class AccountRulesTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			+54 9 11 5555-1234 | +5491155551234
			011 15 5555-1234   | +5491155551234
			11 5555-1234       | +541155551234
			0351 15 555-4321   | +5493515554321
			+1 (415) 555-2671  | +14155552671
			+34 612 34 56 78   | +34612345678
			""")
	void phonesAreStoredInE164(String typed, String e164) {
		assertThat(PhoneNumber.parse(typed).e164()).isEqualTo(e164);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12", "abc", "+54 9 11", "+999 1234 5678", " " })
	void notPhonesAreRefusedWithAMessage(String typed) {
		assertThatThrownBy(() -> PhoneNumber.parse(typed)).isInstanceOf(InvalidPhoneNumber.class)
			.extracting(ex -> ((BusinessException) ex).messageKey())
			.isEqualTo("clients.phone.invalid");
	}

	@Test
	void anArgentineMobileMatchesWithOrWithoutTheNine() {
		assertThat(PhoneNumber.parse("+54 9 11 5555-1234").matchKey()).isEqualTo("541155551234");
		assertThat(new PhoneNumber("+541155551234").matchKey()).isEqualTo("541155551234");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "20.123.456", "20 123 456", "20-123-456", " 20123456 ", "20.123-456" })
	void documentNumbersAreComparedWithoutDotsSpacesOrDashes(String typed) {
		assertThat(DocumentNumber.parse(typed).value()).isEqualTo("20123456");
	}

	@Test
	void passportsAreUpperCased() {
		assertThat(DocumentNumber.parse("aab 123456").value()).isEqualTo("AAB123456");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "1234", "20.123.456.789.012.345.6789", "20_123_456", "DNI: 20123456" })
	void malformedDocumentsAreRefused(String typed) {
		assertThatThrownBy(() -> DocumentNumber.parse(typed)).isInstanceOf(BusinessException.class)
			.extracting(ex -> ((BusinessException) ex).messageKey())
			.isEqualTo("clients.document.invalid");
	}

}
