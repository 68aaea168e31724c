package io.estante.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.estante.clients.ClientContact;
import io.estante.clients.ClientDirectory;
import io.estante.shared.notices.ClientNotice;

/**
 * Stores a client notice's alerts, one per channel, queued or skipped as
 * {@link AlertPlanner} decides, once however often the notice arrives; wakes the
 * channels' dispatchers after the commit.
 */
@Service
public class AlertQueue {

	private static final Logger log = LoggerFactory.getLogger(AlertQueue.class);

	private final ClientDirectory directory;

	private final Switches switches;

	private final OptOuts optOuts;

	private final Alerts alerts;

	private final AlertPlanner planner;

	private final Dispatchers dispatchers;

	private final Clock clock;

	AlertQueue(ClientDirectory directory, Switches switches, OptOuts optOuts, Alerts alerts, AlertPlanner planner,
			Dispatchers dispatchers, Clock clock) {
		this.directory = directory;
		this.switches = switches;
		this.optOuts = optOuts;
		this.alerts = alerts;
		this.planner = planner;
		this.dispatchers = dispatchers;
		this.clock = clock;
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
			rows.addAll(planner.alertsOf(notice, client,
					optedOut.contains(OptOuts.pair(client.clientId(), notice.moment())), (moment, channel) -> switchedOn
						.computeIfAbsent(moment + "/" + channel, k -> switches.isOn(moment, channel))));
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

}
