package io.estante.shared.notices;

import java.util.Map;

/**
 * A business event the client is told about (WhatsApp and e-mail). Any module's event
 * implements it; the notifications module listens to this type alone, so adding a moment
 * is one event, one template and one line of configuration, and notifications depends on
 * no business module.
 */
public interface ClientNotice {

	/** Who is told. */
	long clientId();

	/**
	 * The moment, kebab-case: the key of its templates, its switches and its WhatsApp
	 * template mapping ("invoice-created", "service-suspended").
	 */
	String moment();

	/**
	 * Named values the templates use ("number", "total", "dueDate", "service"). Money and
	 * LocalDate values are formatted in the client's language by notifications.
	 */
	Map<String, Object> values();

	/**
	 * Security notices (password changed) reach the client even when it opted out of
	 * non-essential alerts.
	 */
	default boolean essential() {
		return false;
	}

}
