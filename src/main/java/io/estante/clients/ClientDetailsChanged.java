package io.estante.clients;

import java.util.List;

/**
 * A client edited its own details; {@code fields} names what changed (never the values).
 */
public record ClientDetailsChanged(long clientId, List<String> fields) {
}
