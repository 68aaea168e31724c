package io.estante;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every module's Spanish and English messages have the same keys. */
class MessageBundlesTests {

	@Test
	void spanishAndEnglishBundlesHaveTheSameKeys() throws IOException {
		var resolver = new PathMatchingResourcePatternResolver();
		List<String> checked = new ArrayList<>();
		for (Resource spanish : resolver.getResources("classpath*:i18n/*.properties")) {
			String name = spanish.getFilename();
			if (name == null || name.contains("_")) {
				continue;
			}
			Resource english = spanish.createRelative(name.replace(".properties", "_en.properties"));
			assertThat(english.exists()).as(name + " has an English twin").isTrue();
			assertThat(load(english).stringPropertyNames()).as(name)
				.containsExactlyInAnyOrderElementsOf(load(spanish).stringPropertyNames());
			checked.add(name);
		}
		assertThat(checked).contains("services.properties", "billing.properties", "automation.properties");
	}

	private static Properties load(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = resource.getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
