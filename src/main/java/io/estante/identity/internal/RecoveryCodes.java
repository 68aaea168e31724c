package io.estante.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;

/**
 * Recovery codes: ten random codes ({@code xxxx-xxxx-xxxx-xxxx}, about 80 bits each)
 * shown once. Only a SHA-256 of each is stored: the codes are random, so a fast hash is
 * enough. Letter case, spaces and dashes are ignored when one is typed.
 */
final class RecoveryCodes {

	static final int COUNT = 10;

	private RecoveryCodes() {
	}

	static List<String> generate() {
		return List.of(new RecoveryCodeGenerator().generateCodes(COUNT));
	}

	/** True when the input has the shape of a recovery code rather than a TOTP code. */
	static boolean looksLikeOne(String input) {
		return input != null && normalise(input).length() == 16;
	}

	static String hash(String code) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(normalise(code).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String normalise(String code) {
		return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

}
