package io.estante.notifications.internal;

/** Sends alerts of one channel. */
interface ChannelSender {

	Channel channel();

	/** Whether this installation is set up to send on this channel. */
	boolean configured();

	/** Sends per second across all nodes; 0 for no limit. */
	int ratePerSecond();

	SendResult send(Alert alert);

}
