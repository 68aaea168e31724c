package io.estante.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.estante.clients.ClientContact;
import io.estante.clients.ClientDirectory;
import io.estante.shared.i18n.Languages;
import io.estante.shared.notices.ClientNotice;

/**
 * Turns a client notice into one alert per channel, queued or skipped with the reason:
 * switched off by staff, opted out by the client (never for essential notices), no phone,
 * no template. E-mail stands in when WhatsApp cannot reach the client, even where staff
 * switched e-mail off for the moment; essential notices always go by e-mail.
 */
@Service
public class AlertQueue {

	private static final Logger log = LoggerFactory.getLogger(AlertQueue.class);

	private final ClientDirectory directory;

	private final NotificationProperties properties;

	private final Switches switches;

	private final OptOuts optOuts;

	private final Alerts alerts;

	private final NoticeKeys keys;

	private final ValueFormatter formatter;

	private final WhatsAppSender whatsApp;

	private final EmailSender email;

	private final Dispatchers dispatchers;

	private final Clock clock;

	private final String baseUrl;

	AlertQueue(ClientDirectory directory, NotificationProperties properties, Switches switches, OptOuts optOuts,
			Alerts alerts, NoticeKeys keys, ValueFormatter formatter, WhatsAppSender whatsApp, EmailSender email,
			Dispatchers dispatchers, Clock clock, Environment environment) {
		this.directory = directory;
		this.properties = properties;
		this.switches = switches;
		this.optOuts = optOuts;
		this.alerts = alerts;
		this.keys = keys;
		this.formatter = formatter;
		this.whatsApp = whatsApp;
		this.email = email;
		this.dispatchers = dispatchers;
		this.clock = clock;
		String base = environment.getProperty("estante.base-url", "http://localhost:8080");
		this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** Stores the notice's alerts (once, however often the notice arrives). */
	@Transactional
	public void enqueue(ClientNotice notice) {
		Optional<ClientContact> found = directory.contact(notice.clientId());
		if (found.isEmpty()) {
			log.warn("Notice {} for client {} that does not exist: nothing to send", notice.moment(),
					notice.clientId());
			return;
		}
		ClientContact client = found.get();
		String moment = notice.moment();
		NotificationProperties.Moment settings = properties.moment(moment);
		boolean essential = notice.essential() || settings.essential();
		boolean optedOut = !essential && optOuts.optedOut(client.clientId(), moment);
		Map<String, String> values = values(client, notice);
		String key = keys.keyOf(notice);
		Instant now = Instant.now(clock);

		AlertReason whatsAppReason = optedOut ? AlertReason.OPTED_OUT
				: !switches.isOn(moment, Channel.WHATSAPP) ? AlertReason.SWITCHED_OFF
						: !whatsApp.configured() ? AlertReason.CHANNEL_OFF : !settings.hasTemplate()
								? AlertReason.NO_TEMPLATE : client.phone() == null ? AlertReason.NO_RECIPIENT : null;
		boolean whatsAppSwitchedOff = whatsAppReason == AlertReason.SWITCHED_OFF;
		boolean emailOn = essential || switches.isOn(moment, Channel.EMAIL);
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
		boolean storedWhatsApp = alerts.insert(new NewAlert(key, client.clientId(), moment, Channel.WHATSAPP, essential,
				client.language(), client.phone(), settings.hasTemplate() ? settings.template() : null,
				whatsAppQueued ? values : redacted(values, settings),
				whatsAppQueued ? AlertStatus.QUEUED : AlertStatus.SKIPPED, whatsAppReason), now);
		boolean emailQueued = emailReason == null || emailReason == AlertReason.FALLBACK;
		boolean storedEmail = alerts
			.insert(new NewAlert(key, client.clientId(), moment, Channel.EMAIL, essential, client.language(),
					client.email(), null, values, emailQueued ? AlertStatus.QUEUED : AlertStatus.SKIPPED, emailReason),
					now);
		if (storedWhatsApp && whatsAppReason == null) {
			dispatchers.wakeAfterCommit(Channel.WHATSAPP);
		}
		if (storedEmail && emailQueued) {
			dispatchers.wakeAfterCommit(Channel.EMAIL);
		}
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
