package io.estante.transfers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.estante.transfers.TransferCondition;
import io.estante.transfers.TransferStatus;

/** Both bundles have the same keys, and every condition and status has its text. */
class TransferMessagesTests {

	@Test
	void spanishAndEnglishHaveTheSameKeys() throws IOException {
		Properties es = load("i18n/transfers.properties");
		Properties en = load("i18n/transfers_en.properties");
		assertThat(en.stringPropertyNames()).isEqualTo(es.stringPropertyNames());
		Arrays.stream(TransferCondition.values()).forEach(c -> assertThat(es).containsKey(c.messageKey()));
		Arrays.stream(TransferStatus.values())
			.forEach(s -> assertThat(es).containsKey("transfers.status." + s.name())
				.containsKey("transfers.not-open." + s.name().toLowerCase(java.util.Locale.ROOT)));
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (var in = TransferMessagesTests.class.getClassLoader().getResourceAsStream(path)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
