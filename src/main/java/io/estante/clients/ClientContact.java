package io.estante.clients;

/**
 * What other modules need to reach and address a client. {@code phone} is E.164 or null;
 * {@code language} is "es" or "en".
 */
public record ClientContact(long clientId, String email, String firstName, String lastName, String phone,
		String language, boolean verified) {

	public String fullName() {
		return firstName + " " + lastName;
	}

}
