package io.estante.notifications.internal;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Which channels this installation is set up to send on (the settings page tells staff).
 */
@Component
public class ChannelStates {

	private final List<ChannelSender> senders;

	ChannelStates(List<ChannelSender> senders) {
		this.senders = senders;
	}

	public List<Channel> unconfigured() {
		return senders.stream().filter(s -> !s.configured()).map(ChannelSender::channel).sorted().toList();
	}

}
