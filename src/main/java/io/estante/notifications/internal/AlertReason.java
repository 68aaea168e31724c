package io.estante.notifications.internal;

import java.util.Locale;

/**
 * Why an alert was skipped, or why it was queued when its channel was not the first
 * choice.
 */
public enum AlertReason {

	/** Staff switched this moment off on this channel. */
	SWITCHED_OFF,
	/** The client opted out of this non-essential moment. */
	OPTED_OUT,
	/** The client has no phone (WhatsApp) or no e-mail. */
	NO_RECIPIENT,
	/** No WhatsApp template is configured for this moment. */
	NO_TEMPLATE,
	/** The channel is not configured on this installation. */
	CHANNEL_OFF,
	/** E-mail sent because WhatsApp could not reach the client. */
	FALLBACK;

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static AlertReason ofCode(String code) {
		return code == null ? null : valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
	}

}
