package io.estante.transfers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import io.estante.clients.ClientContact;

/**
 * The request's text, and the comparison: identical, forgiving only surrounding white
 * space and Unicode normalisation.
 */
class TransferTextTests {

	static final ClientContact ANA = new ClientContact(1, "ana@example.com", "Ana", "Pérez", null, "es", true);

	static final ClientContact JOHN = new ClientContact(3, "john@example.com", "John", "Smith", null, "en", true);

	static final ClientContact BETO = new ClientContact(2, "beto@example.com", "Beto", "Gómez", null, "es", true);

	@Test
	void theTextNamesBothClientsTheirEmailsAndTheServiceInTheOriginsLanguage() {
		assertThat(TransferText.compose(42, 10, "ana.com.ar", ANA, BETO))
			.isEqualTo("Solicito transferir el servicio ana.com.ar (n.º 10) de Ana Pérez (ana@example.com) a "
					+ "Beto Gómez (beto@example.com). Solicitud T-42.");
		assertThat(TransferText.compose(1234, 10, "john.com", JOHN, BETO))
			.isEqualTo("I request the transfer of the service john.com (no. 10) from John Smith (john@example.com) to "
					+ "Beto Gómez (beto@example.com). Request T-1234.");
	}

	@Test
	void surroundingWhiteSpaceAndNormalisationAreForgiven() {
		String text = TransferText.compose(42, 10, "ana.com.ar", ANA, BETO);
		assertThat(TransferText.matches(text, "  \n" + text + " \t")).isTrue();
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo(text);
		assertThat(TransferText.matches(text, decomposed)).isTrue();
	}

	@Test
	void oneCharacterDifferentIsNotTheText() {
		String text = TransferText.compose(42, 10, "ana.com.ar", ANA, BETO);
		String changed = text.replace("Solicito", "Solicita");
		assertThat(TransferText.matches(text, changed)).isFalse();
		assertThat(TransferText.matches(text, text.toUpperCase())).isFalse();
		assertThat(TransferText.matches(text, text.replace(" a Beto", "  a Beto"))).isFalse();
		assertThat(TransferText.matches(text, null)).isFalse();
		assertThat(TransferText.nearMiss(changed, "ana.com.ar", ANA.email(), BETO.email())).isTrue();
		assertThat(TransferText.firstDifference(text, changed)).isEqualTo(8);
	}

	@Test
	void aNearMissNamesTheServiceAndBothEmails() {
		assertThat(TransferText.nearMiss("paso ANA.com.ar de ana@example.com a BETO@example.com", "ana.com.ar",
				ANA.email(), BETO.email()))
			.isTrue();
		assertThat(TransferText.nearMiss("paso ana.com.ar a beto@example.com", "ana.com.ar", ANA.email(), BETO.email()))
			.isFalse();
		assertThat(TransferText.nearMiss("hola", "ana.com.ar", ANA.email(), BETO.email())).isFalse();
	}

	@Test
	void theWhatsAppLinkCarriesTheTextToTheCompanyNumber() {
		assertThat(TransferText.whatsAppLink("+54 9 11 5555-0000", "Solicito n.º 1 & más"))
			.isEqualTo("https://wa.me/5491155550000?text=Solicito%20n.%C2%BA%201%20%26%20m%C3%A1s");
		assertThat(TransferText.whatsAppLink("", "x")).isNull();
		assertThat(TransferText.whatsAppLink(null, "x")).isNull();
	}

}
