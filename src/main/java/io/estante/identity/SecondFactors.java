package io.estante.identity;

import io.estante.shared.security.AccountKind;

/**
 * The second factor of an account, for modules that ask again before a sensitive action
 * ({@code ClientManagement.confirmIdentity}).
 */
public interface SecondFactors {

	/** True once the account confirmed its two-factor enrolment. */
	boolean enrolled(AccountKind kind, long accountId);

	/**
	 * Accepts a current TOTP code (never one already used) or an unused recovery code;
	 * otherwise throws {@link WrongSecondFactor}. Failures count towards the sign-in
	 * throttle, and a throttled account is refused (429) without the code being tried.
	 */
	void verify(AccountKind kind, long accountId, String code);

}
