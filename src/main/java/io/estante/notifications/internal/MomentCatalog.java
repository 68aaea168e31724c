package io.estante.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.shared.BusinessException;
import io.estante.shared.NotFound;

/**
 * The moments this installation knows (configuration), with their staff switches and each
 * client's choices. Essential moments always go by e-mail and cannot be opted out of.
 */
@Service
public class MomentCatalog {

	/** A moment as staff and clients see it. */
	public record MomentInfo(String moment, boolean essential, String template, List<String> parameters,
			Map<Channel, Boolean> switches) {
	}

	private final NotificationProperties properties;

	private final Switches switches;

	private final OptOuts optOuts;

	private final AuditTrail audit;

	private final Clock clock;

	MomentCatalog(NotificationProperties properties, Switches switches, OptOuts optOuts, AuditTrail audit,
			Clock clock) {
		this.properties = properties;
		this.switches = switches;
		this.optOuts = optOuts;
		this.audit = audit;
		this.clock = clock;
	}

	public List<String> names() {
		return List.copyOf(properties.moments().keySet());
	}

	public List<MomentInfo> all() {
		Map<String, Map<Channel, Boolean>> stored = switches.all();
		return names().stream().map(name -> info(name, stored.getOrDefault(name, Map.of()))).toList();
	}

	public MomentInfo one(String moment) {
		requireKnown(moment);
		return info(moment, switches.all().getOrDefault(moment, Map.of()));
	}

	@Transactional
	public MomentInfo setSwitch(String moment, Channel channel, boolean enabled, String by) {
		requireKnown(moment);
		if (!enabled && channel == Channel.EMAIL && properties.moment(moment).essential()) {
			throw new BusinessException(HttpStatus.UNPROCESSABLE_CONTENT, "notifications.switch.essential", moment);
		}
		switches.set(moment, channel, enabled, by, Instant.now(clock));
		audit.record("NOTIFICATION_SWITCH_CHANGED", "moment:" + moment, channel + "=" + enabled);
		return one(moment);
	}

	/** Whether this client is told about the moment. */
	public boolean receives(long clientId, String moment) {
		return properties.moment(moment).essential() || !optOuts.optedOut(clientId, moment);
	}

	@Transactional
	public void choose(long clientId, String moment, boolean receive) {
		requireKnown(moment);
		if (!receive && properties.moment(moment).essential()) {
			throw new BusinessException(HttpStatus.UNPROCESSABLE_CONTENT, "notifications.opt-out.essential", moment);
		}
		if (receive) {
			optOuts.optIn(clientId, moment);
		}
		else {
			optOuts.optOut(clientId, moment, Instant.now(clock));
		}
		audit.record(receive ? "NOTIFICATION_OPT_IN" : "NOTIFICATION_OPT_OUT", "client:" + clientId, moment);
	}

	private MomentInfo info(String name, Map<Channel, Boolean> stored) {
		NotificationProperties.Moment moment = properties.moment(name);
		Map<Channel, Boolean> state = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			state.put(channel, stored.getOrDefault(channel, true) || (channel == Channel.EMAIL && moment.essential()));
		}
		return new MomentInfo(name, moment.essential(), moment.hasTemplate() ? moment.template() : null,
				moment.parameters(), state);
	}

	private void requireKnown(String moment) {
		if (!properties.moments().containsKey(moment)) {
			throw new NotFound("moment", moment);
		}
	}

}
