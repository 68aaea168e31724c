package io.estante.shared.security;

/** The two kinds of people who sign in: a hosting company's clients and its staff. */
public enum AccountKind {

	CLIENT, STAFF

}
