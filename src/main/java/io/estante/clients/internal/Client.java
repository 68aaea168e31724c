package io.estante.clients.internal;

import java.time.Instant;

import io.estante.clients.ClientContact;

/** A client account as stored. Changes go through {@link ClientManagement}. */
public record Client(long id, String email, String passwordHash, String firstName, String lastName, String phone,
		String language, String documentId, Instant verifiedAt, Long verifiedBy, Instant createdAt, int version) {

	public boolean verified() {
		return verifiedAt != null;
	}

	public ClientContact contact() {
		return new ClientContact(id, email, firstName, lastName, phone, language, verified());
	}

}
