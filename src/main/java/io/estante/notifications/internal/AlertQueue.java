package io.estante.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

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
		enqueueAll(List.of(notice));
	}

	/**
	 * Stores the alerts of many notices (a daily-run batch) in one transaction: the
	 * clients, their opt-outs and the switches read once, the alerts written in one JDBC
	 * batch. Each notice gets exactly the alerts {@link #enqueue} would give it.
	 */
	@Transactional
	public void enqueueAll(List<? extends ClientNotice> notices) {
		if (notices.isEmpty()) {
			return;
		}
		Set<Long> clientIds = new HashSet<>();
		notices.forEach(n -> clientIds.add(n.clientId()));
		Map<Long, ClientContact> contacts = directory.contacts(clientIds);
		Set<String> optedOut = optOuts.optedOut(contacts.keySet());
		Map<String, Boolean> switchedOn = new HashMap<>();
		List<NewAlert> rows = new ArrayList<>(notices.size() * 2);
		for (ClientNotice notice : notices) {
			ClientContact client = contacts.get(notice.clientId());
			if (client == null) {
				log.warn("Notice {} for client {} that does not exist: nothing to send", notice.moment(),
						notice.clientId());
				continue;
			}
			rows.addAll(alertsOf(notice, client, optedOut.contains(OptOuts.pair(client.clientId(), notice.moment())),
					(moment, channel) -> switchedOn.computeIfAbsent(moment + "/" + channel,
							k -> switches.isOn(moment, channel))));
		}
		boolean[] stored = alerts.insertAll(rows, Instant.now(clock));
		Set<Channel> wake = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			if (stored[i] && rows.get(i).status() == AlertStatus.QUEUED) {
				wake.add(rows.get(i).channel());
			}
		}
		wake.forEach(dispatchers::wakeAfterCommit);
	}

	/**
	 * The notice's WhatsApp and e-mail alerts, each queued or skipped with the reason.
	 */
	private List<NewAlert> alertsOf(ClientNotice notice, ClientContact client, boolean optedOutOfMoment,
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
