package io.estante.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

/**
 * RFC 6238 codes as every authenticator app computes them (SHA-1, six digits, 30-second
 * steps). The time step comes from the caller's instant (the injected clock), never from
 * the library's own clock. A code is accepted at the previous, current or next step, and
 * only at a step later than the last one used, so no code works twice.
 */
public final class Totp {

	public static final int PERIOD_SECONDS = 30;

	private static final int DIGITS = 6;

	private static final DefaultCodeGenerator GENERATOR = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

	private Totp() {
	}

	/** A new random secret, base32 (160 bits). */
	public static String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	public static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
	}

	/** The code of a secret at a time step. */
	public static String code(String secret, long step) {
		try {
			return GENERATOR.generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("Cannot compute a TOTP code", ex);
		}
	}

	/**
	 * The step at which {@code code} is valid: previous, current or next step at
	 * {@code now}, later than {@code lastUsedStep}; empty if none.
	 */
	public static OptionalLong matchingStep(String secret, String code, Instant now, long lastUsedStep) {
		if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long current = step(now);
		for (long step = current - 1; step <= current + 1; step++) {
			if (step > lastUsedStep && constantTimeEquals(code(secret, step), code)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** The {@code otpauth://} URI authenticator apps read from the QR code. */
	public static String uri(String issuer, String account, String secret) {
		return new QrData.Builder().issuer(issuer)
			.label(account)
			.secret(secret)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(DIGITS)
			.period(PERIOD_SECONDS)
			.build()
			.getUri();
	}

	private static boolean constantTimeEquals(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
	}

}
