package io.estante.notifications.internal;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The WhatsApp Cloud API ({@code estante.whatsapp.*}). Sending needs the phone-number id
 * and the token; the webhook needs the app secret (signatures) and the verify token
 * (handshake). {@code ratePerSecond} is shared by all nodes (Cloud API default: 80).
 * {@code languages} maps a client's language to the template language code ("es" →
 * "es_AR" if the templates were approved as such).
 */
@ConfigurationProperties("estante.whatsapp")
public record WhatsAppProperties(@DefaultValue("https://graph.facebook.com/v23.0") String apiBaseUrl,
		String phoneNumberId, String accessToken, String appSecret, String verifyToken,
		@DefaultValue("80") int ratePerSecond, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration requestTimeout, Map<String, String> languages) {

	public WhatsAppProperties {
		languages = languages == null ? Map.of() : Map.copyOf(languages);
		if (ratePerSecond < 1) {
			throw new IllegalArgumentException("estante.whatsapp.rate-per-second must be at least 1");
		}
	}

	public boolean sendingConfigured() {
		return present(phoneNumberId) && present(accessToken) && present(apiBaseUrl);
	}

	public String languageCode(String clientLanguage) {
		return languages.getOrDefault(clientLanguage, clientLanguage);
	}

	public String messagesUrl() {
		String base = apiBaseUrl.endsWith("/") ? apiBaseUrl.substring(0, apiBaseUrl.length() - 1) : apiBaseUrl;
		return base + "/" + phoneNumberId + "/messages";
	}

	static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
