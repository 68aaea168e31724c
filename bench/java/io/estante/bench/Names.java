package io.estante.bench;

/** Plausible first and last names for generated clients, chosen by the client's number. */
final class Names {

	private static final String[] FIRST = { "María", "Juan", "Lucía", "Martín", "Sofía", "Diego", "Valentina",
			"Pablo", "Camila", "Santiago", "Florencia", "Joaquín", "Julieta", "Tomás", "Ana", "Nicolás" };

	private static final String[] LAST = { "González", "Rodríguez", "Fernández", "López", "Martínez", "García",
			"Pérez", "Romero", "Sánchez", "Díaz", "Álvarez", "Torres", "Ruiz", "Ramírez", "Flores", "Acosta", "Benítez" };

	private Names() {
	}

	static String first(long n) {
		return FIRST[(int) (n % FIRST.length)];
	}

	static String last(long n) {
		return LAST[(int) ((n / FIRST.length) % LAST.length)];
	}

}
