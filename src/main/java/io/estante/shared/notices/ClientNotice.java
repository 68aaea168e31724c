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
	 * Named values the templates use ("number", "total", "dueDate", "service"). Money,
	 * LocalDate and Instant values are formatted in the client's language by
	 * notifications; a value named {@code link} (or {@code …Link}, {@code …Url}) that is
	 * a path ("/client/invoices/7") gets the public address ({@code estante.base-url}).
	 * <p>
	 * A notice's identity is its type and content: the same notice delivered twice is
	 * told once, so an event that can happen twice with the same data (a second
	 * suspension) carries an id or a timestamp.
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
