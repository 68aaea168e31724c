package io.estante.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** RFC 6238 codes and the window of accepted steps, with fixed instants. */
class TotpTests {

	/** RFC 6238 appendix B's SHA-1 key "12345678901234567890", in base32. */
	private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:10Z");

	@Test
	void computesTheRfcTestVectorsTruncatedToSixDigits() {
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
	}

	@Test
	void acceptsThePreviousCurrentAndNextStepAndNothingOlderOrNewer() {
		long step = Totp.step(NOW);
		for (long accepted = step - 1; accepted <= step + 1; accepted++) {
			assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, accepted), NOW, -1)).hasValue(accepted);
		}
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), NOW, -1)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), NOW, -1)).isEmpty();
	}

	@Test
	void neverAcceptsAStepAtOrBeforeTheLastOneUsed() {
		long step = Totp.step(NOW);
		String current = Totp.code(RFC_SECRET, step);
		assertThat(Totp.matchingStep(RFC_SECRET, current, NOW, step)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), NOW, step - 1)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), NOW, step)).hasValue(step + 1);
	}

	@Test
	void refusesWhatIsNotSixDigits() {
		assertThat(Totp.matchingStep(RFC_SECRET, null, NOW, -1)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "12345", NOW, -1)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", NOW, -1)).isEmpty();
	}

	@Test
	void buildsAnOtpauthUriAuthenticatorAppsRead() {
		assertThat(Totp.uri("Estante", "ana@example.com", RFC_SECRET)).startsWith("otpauth://totp/")
			.contains("secret=" + RFC_SECRET)
			.contains("issuer=Estante")
			.contains("period=30")
			.contains("digits=6");
	}

	@Test
	void recoveryCodesAreTenDistinctAndMatchWhateverTheCaseAndDashes() {
		var codes = RecoveryCodes.generate();
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		String code = codes.getFirst();
		assertThat(RecoveryCodes.looksLikeOne(code)).isTrue();
		assertThat(RecoveryCodes.hash(code.toUpperCase().replace("-", " "))).isEqualTo(RecoveryCodes.hash(code));
		assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
	}

}
