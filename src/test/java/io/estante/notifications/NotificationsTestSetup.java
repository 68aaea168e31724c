package io.estante.notifications;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import io.estante.test.FakeWhatsAppApi;
import io.estante.test.WhatsAppWebhooks;

/**
 * Starts the fake Cloud API and GreenMail once for the whole run and points the context
 * at them. Tests tell their data apart by client (unique e-mails and phones).
 */
public class NotificationsTestSetup implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final FakeWhatsAppApi WHATSAPP = new FakeWhatsAppApi();

	public static final GreenMail MAIL = startMail();

	/** The company's WhatsApp number clients write to (transfers' wa.me links). */
	public static final String COMPANY_NUMBER = "+54 9 11 5000-0000";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("notifications-test", properties()));
	}

	/** The settings that point an application at the fakes. */
	public static Map<String, Object> properties() {
		return Map.of("estante.whatsapp.api-base-url", WHATSAPP.baseUrl(), "estante.whatsapp.phone-number-id",
				FakeWhatsAppApi.PHONE_NUMBER_ID, "estante.whatsapp.access-token", FakeWhatsAppApi.TOKEN,
				"estante.whatsapp.app-secret", WhatsAppWebhooks.APP_SECRET, "estante.whatsapp.verify-token",
				WhatsAppWebhooks.VERIFY_TOKEN, "spring.mail.host", "127.0.0.1", "spring.mail.port",
				MAIL.getSmtp().getPort(), "estante.whatsapp.display-number", COMPANY_NUMBER);
	}

	private static GreenMail startMail() {
		GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
		return mail;
	}

}
