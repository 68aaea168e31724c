package io.estante.notifications.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import io.estante.clients.ClientContact;
import io.estante.shared.i18n.Languages;
import io.estante.shared.notices.ClientNotice;

/**
 * Decides a notice's two alerts for one client: queued, or skipped with the reason
 * (switched off by staff, opted out by the client — never for essential notices —, no
 * phone, no template), with the template's values in the client's language. E-mail stands
 * in when WhatsApp cannot reach the client, even where staff switched e-mail off for the
 * moment; essential notices always go by e-mail.
 */
@Component
class AlertPlanner {

	private final NotificationProperties properties;

	private final NoticeKeys keys;

	private final ValueFormatter formatter;

	private final WhatsAppSender whatsApp;

	private final EmailSender email;

	private final String baseUrl;

	AlertPlanner(NotificationProperties properties, NoticeKeys keys, ValueFormatter formatter, WhatsAppSender whatsApp,
			EmailSender email, Environment environment) {
		this.properties = properties;
		this.keys = keys;
		this.formatter = formatter;
		this.whatsApp = whatsApp;
		this.email = email;
		String base = environment.getProperty("estante.base-url", "http://localhost:8080");
		this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/**
	 * The notice's WhatsApp and e-mail alerts, each queued or skipped with the reason.
	 */
	List<NewAlert> alertsOf(ClientNotice notice, ClientContact client, boolean optedOutOfMoment,
			BiPredicate<String, Channel> switches) {
		String moment = notice.moment();
		NotificationProperties.Moment settings = properties.moment(moment);
		boolean essential = notice.essential() || settings.essential();
		boolean optedOut = !essential && optedOutOfMoment;
		Map<String, String> values = values(client, notice);
		String key = keys.keyOf(notice);

		AlertReason whatsAppReason = optedOut ? AlertReason.OPTED_OUT
				: !switches.test(moment, Channel.WHATSAPP) ? AlertReason.SWITCHED_OFF
						: !whatsApp.configured() ? AlertReason.CHANNEL_OFF : !settings.hasTemplate()
								? AlertReason.NO_TEMPLATE : client.phone() == null ? AlertReason.NO_RECIPIENT : null;
		boolean whatsAppSwitchedOff = whatsAppReason == AlertReason.SWITCHED_OFF;
		boolean emailOn = essential || switches.test(moment, Channel.EMAIL);
		AlertReason emailReason;
		if (optedOut) {
			emailReason = AlertReason.OPTED_OUT;
		}
		else if (!email.configured()) {
			emailReason = AlertReason.CHANNEL_OFF;
		}
		else if (client.email() == null || client.email().isBlank()) {
			emailReason = AlertReason.NO_RECIPIENT;
		}
		else if (!emailOn && (whatsAppReason == null || whatsAppSwitchedOff)) {
			emailReason = AlertReason.SWITCHED_OFF;
		}
		else {
			emailReason = emailOn ? null : AlertReason.FALLBACK;
		}
		boolean whatsAppQueued = whatsAppReason == null;
		boolean emailQueued = emailReason == null || emailReason == AlertReason.FALLBACK;
		return List.of(
				new NewAlert(key, client.clientId(), moment, Channel.WHATSAPP, essential, client.language(),
						client.phone(), settings.hasTemplate() ? settings.template() : null,
						whatsAppQueued ? values : redacted(values, settings),
						whatsAppQueued ? AlertStatus.QUEUED : AlertStatus.SKIPPED, whatsAppReason),
				new NewAlert(key, client.clientId(), moment, Channel.EMAIL, essential, client.language(),
						client.email(), null, values, emailQueued ? AlertStatus.QUEUED : AlertStatus.SKIPPED,
						emailReason));
	}

	private Map<String, String> values(ClientContact client, ClientNotice notice) {
		Locale locale = Languages.of(client.language());
		Map<String, String> values = new LinkedHashMap<>();
		values.put("firstName", client.firstName());
		values.put("lastName", client.lastName());
		values.put("fullName", client.fullName());
		values.put("email", client.email());
		values.put("accountUrl", baseUrl + "/client/account");
		values.put("preferencesUrl", baseUrl + "/client/notifications");
		Map<String, Object> given = notice.values() == null ? Map.of() : notice.values();
		given.forEach((name, value) -> {
			String text = formatter.format(value, locale);
			if (isLink(name) && text.startsWith("/")) {
				text = baseUrl + text;
			}
			values.put(name, text);
		});
		return values;
	}

	/** A skipped alert keeps no secret (a reset link) unless it may still be sent. */
	static Map<String, String> redacted(Map<String, String> values, NotificationProperties.Moment settings) {
		Map<String, String> copy = new LinkedHashMap<>(values);
		settings.secret().forEach(name -> copy.computeIfPresent(name, (k, v) -> "[redacted]"));
		return copy;
	}

	/**
	 * Values named "link", "url" or "…Link"/"…Url" may be paths: they get the public
	 * address.
	 */
	static boolean isLink(String name) {
		return name.equals("link") || name.equals("url") || name.endsWith("Link") || name.endsWith("Url");
	}

}
