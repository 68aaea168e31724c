package io.estante.notifications.internal;

/** How an alert reaches the client. */
public enum Channel {

	WHATSAPP, EMAIL

}
